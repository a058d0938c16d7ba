using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedPatch.Data.Conventions;

/// <summary>
/// Instants are stored as UTC on both providers (timestamptz on PostgreSQL); SQLite hands them back with
/// an unspecified kind, which would shift them on the next comparison if left alone.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
