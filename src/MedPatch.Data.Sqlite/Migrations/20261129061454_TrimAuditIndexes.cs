using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedPatch.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrimAuditIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_actor",
                table: "audit_records");

            migrationBuilder.DropIndex(
                name: "ix_audit_records_organization_id",
                table: "audit_records");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_organization_id_sequence",
                table: "audit_records",
                columns: new[] { "organization_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_organization_id_sequence",
                table: "audit_records");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_actor",
                table: "audit_records",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_organization_id",
                table: "audit_records",
                column: "organization_id");
        }
    }
}
