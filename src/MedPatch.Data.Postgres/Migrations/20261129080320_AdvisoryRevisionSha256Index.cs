using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedPatch.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AdvisoryRevisionSha256Index : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_advisory_revisions_sha256",
                table: "advisory_revisions",
                column: "sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_advisory_revisions_sha256",
                table: "advisory_revisions");
        }
    }
}
