using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedPatch.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TriageMitigationsRiskSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "triage_reason",
                table: "exposures",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "triaged_at",
                table: "exposures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "triaged_by",
                table: "exposures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mitigations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    effect = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    cve = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    verified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    review_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mitigations", x => x.id);
                    table.ForeignKey(
                        name: "fk_mitigations_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_settings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    settings_json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_settings", x => x.organization_id);
                    table.ForeignKey(
                        name: "fk_risk_settings_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mitigation_devices",
                columns: table => new
                {
                    mitigation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    device_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mitigation_devices", x => new { x.mitigation_id, x.device_id });
                    table.ForeignKey(
                        name: "fk_mitigation_devices_devices_device_id",
                        column: x => x.device_id,
                        principalTable: "devices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mitigation_devices_mitigations_mitigation_id",
                        column: x => x.mitigation_id,
                        principalTable: "mitigations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mitigation_devices_device_id",
                table: "mitigation_devices",
                column: "device_id");

            migrationBuilder.CreateIndex(
                name: "ix_mitigations_cve",
                table: "mitigations",
                column: "cve");

            migrationBuilder.CreateIndex(
                name: "ix_mitigations_organization_id_active",
                table: "mitigations",
                columns: new[] { "organization_id", "active" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mitigation_devices");

            migrationBuilder.DropTable(
                name: "risk_settings");

            migrationBuilder.DropTable(
                name: "mitigations");

            migrationBuilder.DropColumn(
                name: "triage_reason",
                table: "exposures");

            migrationBuilder.DropColumn(
                name: "triaged_at",
                table: "exposures");

            migrationBuilder.DropColumn(
                name: "triaged_by",
                table: "exposures");
        }
    }
}
