using System.ComponentModel.DataAnnotations;
using System.Net;

namespace NewsReader.Web.Operations;

/// <summary>Where and how the app logs, bound from the <c>Logs</c> section of configuration.</summary>
public sealed class LogOptions
{
    public const string Section = "Logs";

    /// <summary><c>text</c> (the default) or <c>json</c> (one compact JSON object per line, for log collectors).</summary>
    [RegularExpression("^(?i)(text|json)$", ErrorMessage = "must be text or json")]
    public string Format { get; set; } = "text";

    /// <summary>Also write a rolling file (one a day) in <see cref="Folder"/>.</summary>
    public bool File { get; set; } = true;

    /// <summary>The log folder; empty means <c>logs/</c> in the data folder, beside the database.</summary>
    public string? Folder { get; set; }

    /// <summary>Daily files kept.</summary>
    [Range(1, 3650)]
    public int RetainedFiles { get; set; } = 14;

    public bool IsJson => string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Running behind a reverse proxy, bound from the <c>Proxy</c> section of configuration.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>Read X-Forwarded-For and X-Forwarded-Proto from the proxies below (loopback when none are listed).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the proxies trusted to forward headers, such as <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies, such as <c>172.16.0.0/12</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Max-age of the Strict-Transport-Security header sent on HTTPS responses, in days; 0 turns it off.</summary>
    [Range(0, 3650)]
    public int HstsDays { get; set; } = 365;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < KnownProxies.Count; i++)
            if (!IPAddress.TryParse(KnownProxies[i], out _))
                yield return new ValidationResult($"'{KnownProxies[i]}' is not an IP address", [$"{nameof(KnownProxies)}:{i}"]);
        for (var i = 0; i < KnownNetworks.Count; i++)
            if (!System.Net.IPNetwork.TryParse(KnownNetworks[i], out _))
                yield return new ValidationResult($"'{KnownNetworks[i]}' is not a network such as 10.0.0.0/8", [$"{nameof(KnownNetworks)}:{i}"]);
    }
}
