using MedPatch.Data;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MedPatch.Features.Users;

/// <summary>The Identity user store on the unfiltered <see cref="OperatorContext"/>: emails are unique across tenants.</summary>
public sealed class MedPatchUserStore(OperatorContext context, IdentityErrorDescriber? describer = null)
    : UserStore<MedPatchUser, IdentityRole<Guid>, MedPatchDbContext, Guid>(context.Db, describer);

/// <summary>The Identity role store; roles are global names, the same in every tenant.</summary>
public sealed class MedPatchRoleStore(OperatorContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<IdentityRole<Guid>, MedPatchDbContext, Guid>(context.Db, describer);
