using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Security;

/// <summary>Who may change the library, bound from the <c>Access</c> section of configuration.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// <c>null</c> (the default): sign-in is needed to change the library when the app listens on anything but loopback
    /// or an admin password is set. <c>true</c> always needs it; <c>false</c> never does (only behind a proxy that signs in).
    /// </summary>
    public bool? RequireSignIn { get; set; }

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without use, in hours.</summary>
    [Range(1, 24 * 365)]
    public int SessionHours { get; set; } = 12;
}

/// <summary>Rate limits and request timeouts, bound from the <c>Limits</c> section of configuration.</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Import requests (upload page and API) per client per minute.</summary>
    [Range(1, 100_000)]
    public int ImportsPerMinute { get; set; } = 30;

    /// <summary>Searches per client per minute.</summary>
    [Range(1, 100_000_000)]
    public int SearchesPerMinute { get; set; } = 120;

    /// <summary>Sign-in attempts per client per minute.</summary>
    [Range(1, 1_000)]
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Longest a page may take, in seconds, before it is answered with 503.</summary>
    [Range(1, 3600)]
    public int PageTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest an upload on the import page may take, in seconds (reading the files included).</summary>
    [Range(1, 24 * 3600)]
    public int ImportTimeoutSeconds { get; set; } = 600;
}
