using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Users;

/// <summary>Adding, listing and disabling users: the operator's work, done from the command line and the demo.</summary>
public sealed class UserAccounts(
    UserManager<MedPatchUser> users, RoleManager<IdentityRole<Guid>> roles, OperatorContext context, TimeProvider clock)
{
    public const string DefaultOrganizationName = "Default health system";

    public async Task<AddedUser> AddAsync(NewUser request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new UserAccountException($"'{request.Email}' is not an email address");
        }

        if (request.Roles.Count == 0)
        {
            throw new UserAccountException("a user needs at least one role (" + RoleNames.All + ")");
        }

        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            throw new UserAccountException($"a user with email {email} already exists");
        }

        var organization = await OrganizationAsync(request.Organization, request.OrganizationId, cancellationToken).ConfigureAwait(false);
        var facilities = await FacilitiesAsync(organization, request.Facilities ?? [], cancellationToken).ConfigureAwait(false);
        var user = new MedPatchUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            OrganizationId = organization.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var generated = request.Password is null ? Passwords.Generate() : null;
        Check(await users.CreateAsync(user, request.Password ?? generated!).ConfigureAwait(false));
        await AssignAsync(user, request.Roles, facilities.Select(f => f.Id), cancellationToken).ConfigureAwait(false);
        return new AddedUser(
            user.Id, email, organization.Id, organization.Name, [.. request.Roles.Select(RoleNames.Of)], [.. facilities.Select(f => f.Name)], generated);
    }

    /// <summary>Gives the user exactly these roles and facilities (creating missing roles), replacing what it had.</summary>
    public async Task AssignAsync(MedPatchUser user, IEnumerable<Role> newRoles, IEnumerable<Guid> facilityIds, CancellationToken cancellationToken)
    {
        var wanted = newRoles.Select(RoleNames.Of).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in wanted)
        {
            if (!await roles.RoleExistsAsync(name).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() }).ConfigureAwait(false));
            }
        }

        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        var removed = current.Except(wanted, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, removed).ConfigureAwait(false));
        }

        var added = wanted.Except(current, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, added).ConfigureAwait(false));
        }

        var db = context.Db;
        var facilities = facilityIds.Distinct().ToList();
        var existing = await db.UserFacilities.Where(f => f.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.UserFacilities.RemoveRange(existing.Where(f => !facilities.Contains(f.FacilityId)));
        db.UserFacilities.AddRange(facilities.Where(id => existing.All(f => f.FacilityId != id)).Select(id => new UserFacility { UserId = user.Id, FacilityId = id }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UserListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var db = context.Db;
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        var userRoles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var userFacilities = await (from uf in db.UserFacilities join f in db.Facilities on uf.FacilityId equals f.Id select new { uf.UserId, f.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken).ConfigureAwait(false);
        return [.. all.Select(u => new UserListItem(
            u.Id,
            u.Email ?? u.UserName ?? string.Empty,
            [.. userRoles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? string.Empty).Order(StringComparer.Ordinal)],
            organizations.GetValueOrDefault(u.OrganizationId, string.Empty),
            [.. userFacilities.Where(f => f.UserId == u.Id).Select(f => f.Name).Order(StringComparer.Ordinal)],
            u.Disabled,
            u.TwoFactorEnabled,
            u.LastSignInAt,
            u.ExternalProvider))];
    }

    /// <summary>Disables the user and changes its security stamp, so open sessions end at their next check.</summary>
    public async Task DisableAsync(string email, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false)
            ?? throw new UserAccountException($"no user has email {email.Trim()}");
        user.Disabled = true;
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
    }

    /// <summary>Stamps the user's last sign-in, shown by <c>medpatch users list</c>.</summary>
    public async Task RecordSignInAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        var now = clock.GetUtcNow().UtcDateTime;
        await context.Db.Users.Where(u => u.NormalizedEmail == normalized)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The organization a new user joins: the one given by id or name, else the only one there is, else a new
    /// "Default health system" on a fresh install.
    /// </summary>
    public async Task<Organization> OrganizationAsync(string? name, Guid? id, CancellationToken cancellationToken)
    {
        var organizations = await context.Db.Organizations.OrderBy(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (id is { } wantedId)
        {
            return organizations.SingleOrDefault(o => o.Id == wantedId) ?? throw new UserAccountException($"no organization has id {wantedId}");
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            return organizations.SingleOrDefault(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new UserAccountException($"no organization is named '{name.Trim()}' (there are: {Names(organizations)})");
        }

        switch (organizations.Count)
        {
            case 1:
                return organizations[0];
            case 0:
                var created = new Organization { Name = DefaultOrganizationName };
                context.Db.Organizations.Add(created);
                await context.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return created;
            default:
                throw new UserAccountException($"there are several organizations: choose one with --organization ({Names(organizations)})");
        }
    }

    private async Task<List<Facility>> FacilitiesAsync(Organization organization, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var facilities = await context.Db.Facilities.Where(f => f.OrganizationId == organization.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. names.Select(name => facilities.FirstOrDefault(f =>
                string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(f.Code, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new UserAccountException($"{organization.Name} has no facility named '{name.Trim()}'"))];
    }

    private static string Names(IEnumerable<Organization> organizations) => string.Join(", ", organizations.Select(o => o.Name));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new UserAccountException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
