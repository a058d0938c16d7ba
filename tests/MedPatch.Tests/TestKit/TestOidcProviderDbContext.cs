using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.TestKit;

/// <summary>The loopback provider's own store (clients, codes, tokens), on an in-memory SQLite database.</summary>
public sealed class TestOidcProviderDbContext(DbContextOptions<TestOidcProviderDbContext> options) : DbContext(options);
