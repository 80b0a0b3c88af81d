using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace NewsReader.Web.Security;

/// <summary>
/// What the access file holds: the admin password hash (ASP.NET Core's <see cref="PasswordHasher{TUser}"/> format), the
/// SHA-256 of the API token, and the lockout state. Never a plain password or token.
/// </summary>
public sealed record AccessState
{
    /// <summary>How the state is written as JSON, in a file or a database.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string? PasswordHash { get; init; }
    /// <summary>Changes with every new password, so that existing sign-ins end.</summary>
    public string? PasswordStamp { get; init; }
    public string? TokenSha256 { get; init; }
    public DateTimeOffset? TokenCreated { get; init; }
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }

    public bool HasPassword => PasswordHash is not null;
}

/// <summary>The one admin account.</summary>
public sealed class Admin
{
    public const string Name = "admin";
}

/// <summary>Where the access state is kept: <c>access.json</c> beside a SQLite library, a row of a PostgreSQL one.</summary>
public interface IAccessStateStorage
{
    /// <summary>Where it is, for messages: a file's path, or the database's table.</summary>
    string Location { get; }

    AccessState Read();

    /// <summary>Replaces the stored state with <paramref name="change"/> of it, as one step, and returns the new state.</summary>
    AccessState Update(Func<AccessState, AccessState> change);
}

/// <summary>The admin password, the API token and the sign-in lockout, over the library's <see cref="IAccessStateStorage"/>.</summary>
public sealed class AccessStore(IAccessStateStorage storage, TimeProvider clock)
{
    public const int MinimumPasswordLength = 8;

    private static readonly PasswordHasher<Admin> Hasher = new();
    private readonly Lock gate = new();

    public string Location => storage.Location;

    public AccessState Read() => storage.Read();

    public AccessState Update(Func<AccessState, AccessState> change) => storage.Update(change);

    /// <summary>Sets the admin password (its hash), ends every sign-in and clears the lockout.</summary>
    public void SetPassword(string password)
    {
        if (password.Length < MinimumPasswordLength)
            throw new ArgumentException($"The password must have at least {MinimumPasswordLength} characters.", nameof(password));
        var hash = Hasher.HashPassword(new Admin(), password);
        Update(s => s with { PasswordHash = hash, PasswordStamp = Guid.NewGuid().ToString("N"), FailedSignIns = 0, LockedUntil = null });
    }

    /// <summary>Makes a new API token, stores its SHA-256 and returns the token (shown once, never stored).</summary>
    public string CreateToken()
    {
        var token = "nr_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        Update(s => s with { TokenSha256 = Sha256(token), TokenCreated = clock.GetUtcNow() });
        return token;
    }

    public void RevokeToken() => Update(s => s with { TokenSha256 = null, TokenCreated = null });

    public bool IsValidToken(string? token)
    {
        var stored = Read().TokenSha256;
        if (string.IsNullOrEmpty(token) || stored is null || token.Length > 200) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sha256(token)), Encoding.ASCII.GetBytes(stored));
    }

    public enum SignInOutcome { Succeeded, Failed, LockedOut, NoPassword }

    /// <summary>Checks a password, counting failures; after <paramref name="maxFailures"/> in a row the account is locked.</summary>
    public (SignInOutcome Outcome, AccessState State) CheckPassword(string? password, int maxFailures, TimeSpan lockout)
    {
        lock (gate)
        {
            var state = Read();
            var now = clock.GetUtcNow();
            if (!state.HasPassword || state.PasswordHash!.Length == 0) return (SignInOutcome.NoPassword, state);
            if (state.LockedUntil is { } until && until > now) return (SignInOutcome.LockedOut, state);
            var result = password is { Length: > 0 and <= 1024 }
                ? Hasher.VerifyHashedPassword(new Admin(), state.PasswordHash, password)
                : PasswordVerificationResult.Failed;
            if (result == PasswordVerificationResult.Failed)
            {
                var failures = state.FailedSignIns + 1;
                state = Update(s => s with
                {
                    FailedSignIns = failures >= maxFailures ? 0 : failures,
                    LockedUntil = failures >= maxFailures ? now + lockout : s.LockedUntil,
                });
                return (state.LockedUntil > now ? SignInOutcome.LockedOut : SignInOutcome.Failed, state);
            }
            var rehash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(new Admin(), password!) : state.PasswordHash;
            if (state.FailedSignIns != 0 || state.LockedUntil is not null || rehash != state.PasswordHash)
                state = Update(s => s with { FailedSignIns = 0, LockedUntil = null, PasswordHash = rehash });
            return (SignInOutcome.Succeeded, state);
        }
    }

    private static string Sha256(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
