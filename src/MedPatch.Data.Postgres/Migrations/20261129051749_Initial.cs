using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedPatch.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "manufacturers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    psirt_contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_manufacturers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "device_models",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    manufacturer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    model_numbers = table.Column<List<string>>(type: "text[]", nullable: false),
                    device_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    clinical_function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    end_of_sale = table.Column<DateOnly>(type: "date", nullable: true),
                    end_of_support = table.Column<DateOnly>(type: "date", nullable: true),
                    typical_install_minutes = table.Column<int>(type: "integer", nullable: true),
                    customer_may_install = table.Column<bool>(type: "boolean", nullable: true),
                    manufacturer_must_install = table.Column<bool>(type: "boolean", nullable: true),
                    remote_push_possible = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_device_models", x => x.id);
                    table.ForeignKey(
                        name: "fk_device_models_manufacturers_manufacturer_id",
                        column: x => x.manufacturer_id,
                        principalTable: "manufacturers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "manufacturer_aliases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    manufacturer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_manufacturer_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_manufacturer_aliases_manufacturers_manufacturer_id",
                        column: x => x.manufacturer_id,
                        principalTable: "manufacturers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_channels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    manufacturer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_channels", x => x.id);
                    table.ForeignKey(
                        name: "fk_notification_channels_manufacturers_manufacturer_id",
                        column: x => x.manufacturer_id,
                        principalTable: "manufacturers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facilities", x => x.id);
                    table.ForeignKey(
                        name: "fk_facilities_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_segments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    vlan_id = table.Column<int>(type: "integer", nullable: true),
                    cidr = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    exposure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_segments", x => x.id);
                    table.ForeignKey(
                        name: "fk_network_segments_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    building = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    floor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    room = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    key = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_locations_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    device_model_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_tag = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    software_version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ip_address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    mac_address = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    hostname = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    network_segment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    clinical_criticality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    patient_connected = table.Column<bool>(type: "boolean", nullable: true),
                    stores_phi = table.Column<bool>(type: "boolean", nullable: true),
                    in_service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cmms_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    udi_di = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    end_of_support = table.Column<DateOnly>(type: "date", nullable: true),
                    last_seen = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_devices", x => x.id);
                    table.ForeignKey(
                        name: "fk_devices_device_models_device_model_id",
                        column: x => x.device_model_id,
                        principalTable: "device_models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_devices_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_devices_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_devices_network_segments_network_segment_id",
                        column: x => x.network_segment_id,
                        principalTable: "network_segments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_devices_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_device_models_manufacturer_id_normalized_name",
                table: "device_models",
                columns: new[] { "manufacturer_id", "normalized_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_devices_asset_tag_id",
                table: "devices",
                columns: new[] { "asset_tag", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_device_model_id_end_of_support",
                table: "devices",
                columns: new[] { "device_model_id", "end_of_support" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_facility_id_asset_tag",
                table: "devices",
                columns: new[] { "facility_id", "asset_tag" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_devices_location_id",
                table: "devices",
                column: "location_id");

            migrationBuilder.CreateIndex(
                name: "ix_devices_network_segment_id",
                table: "devices",
                column: "network_segment_id");

            migrationBuilder.CreateIndex(
                name: "ix_devices_organization_id_asset_tag",
                table: "devices",
                columns: new[] { "organization_id", "asset_tag" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_serial_number_id",
                table: "devices",
                columns: new[] { "serial_number", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_facilities_organization_id_name",
                table: "facilities",
                columns: new[] { "organization_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_locations_facility_id_key",
                table: "locations",
                columns: new[] { "facility_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_manufacturer_aliases_manufacturer_id",
                table: "manufacturer_aliases",
                column: "manufacturer_id");

            migrationBuilder.CreateIndex(
                name: "ix_manufacturer_aliases_normalized_name",
                table: "manufacturer_aliases",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_manufacturers_normalized_name",
                table: "manufacturers",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_network_segments_organization_id_name",
                table: "network_segments",
                columns: new[] { "organization_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_channels_manufacturer_id",
                table: "notification_channels",
                column: "manufacturer_id");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_name",
                table: "organizations",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "devices");

            migrationBuilder.DropTable(
                name: "manufacturer_aliases");

            migrationBuilder.DropTable(
                name: "notification_channels");

            migrationBuilder.DropTable(
                name: "device_models");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "network_segments");

            migrationBuilder.DropTable(
                name: "manufacturers");

            migrationBuilder.DropTable(
                name: "facilities");

            migrationBuilder.DropTable(
                name: "organizations");
        }
    }
}
