using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedPatch.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Exposures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exposures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    device_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vulnerability_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cve = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    advisory_id = table.Column<Guid>(type: "uuid", nullable: true),
                    advisory_tracking_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    advisory_revision = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    statement_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    patch_available = table.Column<bool>(type: "boolean", nullable: false),
                    fixed_version = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    unsupported = table.Column<bool>(type: "boolean", nullable: false),
                    rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    confidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    priority = table.Column<double>(type: "double precision", nullable: true),
                    decision_rule = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    rank_key = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    first_seen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exposures", x => x.id);
                    table.ForeignKey(
                        name: "fk_exposures_devices_device_id",
                        column: x => x.device_id,
                        principalTable: "devices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_exposures_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exposures_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exposures_advisory_tracking_id",
                table: "exposures",
                column: "advisory_tracking_id");

            migrationBuilder.CreateIndex(
                name: "ix_exposures_cve_rank_key",
                table: "exposures",
                columns: new[] { "cve", "rank_key" });

            migrationBuilder.CreateIndex(
                name: "ix_exposures_decision_rank_key",
                table: "exposures",
                columns: new[] { "decision", "rank_key" });

            migrationBuilder.CreateIndex(
                name: "ix_exposures_device_id_cve",
                table: "exposures",
                columns: new[] { "device_id", "cve" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exposures_facility_id",
                table: "exposures",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_exposures_organization_id_rank_key",
                table: "exposures",
                columns: new[] { "organization_id", "rank_key" });

            migrationBuilder.CreateIndex(
                name: "ix_exposures_status_state",
                table: "exposures",
                columns: new[] { "status", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exposures");
        }
    }
}
