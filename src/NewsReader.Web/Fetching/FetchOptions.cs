using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Fetching;

/// <summary>The fetcher's settings, bound from the <c>Fetch</c> section of configuration.</summary>
public sealed class FetchOptions : IValidatableObject
{
    public const string Section = "Fetch";

    /// <summary>
    /// Allow addresses on loopback, private, link-local (the cloud metadata service), CGNAT, multicast and unspecified
    /// ranges. Off by default, so that nobody can make the app reach into the network it runs in.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Networks allowed even while <see cref="AllowPrivateAddresses"/> is off, such as <c>192.168.1.10/32</c> for one machine at home.</summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>The most that one fetch may take, redirects, retries and reading the body included.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>The largest response body read, counted after decompression.</summary>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Retries of a GET after a transient failure (a dropped connection, 408, 5xx); 0 turns them off.</summary>
    [Range(0, 5)]
    public int Retries { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in AllowedNetworks)
            if (!System.Net.IPNetwork.TryParse(network, out _))
                yield return new ValidationResult($"The field AllowedNetworks holds '{network}', which is not a network such as 192.168.1.0/24.", [nameof(AllowedNetworks)]);
    }
}
