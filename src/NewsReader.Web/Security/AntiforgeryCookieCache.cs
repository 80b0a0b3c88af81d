using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;

namespace NewsReader.Web.Security;

/// <summary>
/// Remembers, for a minute, what an antiforgery cookie that Data Protection has already accepted decrypts to, so that a
/// returning reader's cookie is not decrypted again for every page (each page still gets a freshly protected request
/// token). Only the antiforgery purpose is affected; only ciphertexts that passed Data Protection's own check are kept,
/// and the copy is bounded in number, so an unknown or altered cookie is always checked by Data Protection.
/// </summary>
public sealed class AntiforgeryCookieCache(IDataProtectionProvider inner) : IDataProtectionProvider
{
    /// <summary>The purpose ASP.NET Core's antiforgery serializer protects its cookie and request tokens with.</summary>
    public const string AntiforgeryPurpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";

    private const int MaxEntries = 10_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public IDataProtector CreateProtector(string purpose)
    {
        var protector = inner.CreateProtector(purpose);
        return purpose == AntiforgeryPurpose ? new Remembering(protector) : protector;
    }

    /// <summary>Wraps the registered <see cref="IDataProtectionProvider"/> (added by <c>AddDataProtection</c>).</summary>
    public static IServiceCollection Decorate(IServiceCollection services) =>
        ServiceDecoration.Decorate<IDataProtectionProvider>(services, (_, inner) => new AntiforgeryCookieCache(inner));

    private sealed class Remembering(IDataProtector protector) : IDataProtector
    {
        private readonly ConcurrentDictionary<string, (byte[] Plain, long Expires)> accepted = new(StringComparer.Ordinal);

        public IDataProtector CreateProtector(string purpose) => protector.CreateProtector(purpose);

        public byte[] Protect(byte[] plaintext) => protector.Protect(plaintext);

        public byte[] Unprotect(byte[] protectedData)
        {
            var key = Convert.ToBase64String(protectedData);
            var now = Environment.TickCount64;
            if (accepted.TryGetValue(key, out var entry) && entry.Expires > now) return (byte[])entry.Plain.Clone();
            var plain = protector.Unprotect(protectedData);  // throws on anything Data Protection does not accept
            if (accepted.Count >= MaxEntries) accepted.Clear();
            accepted[key] = ((byte[])plain.Clone(), now + (long)Lifetime.TotalMilliseconds);
            return plain;
        }
    }
}
