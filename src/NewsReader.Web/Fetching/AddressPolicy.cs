using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Fetching;

/// <summary>
/// Which IP addresses the fetcher may connect to. By default it refuses every address that is not on the public
/// internet (server-side request forgery): loopback, private (RFC 1918, IPv6 unique local), link-local (with the cloud
/// metadata service at 169.254.169.254), CGNAT (100.64.0.0/10), unspecified, multicast and reserved, also written as
/// IPv4-mapped or NAT64 IPv6 addresses. <see cref="FetchOptions.AllowPrivateAddresses"/> allows them all,
/// <see cref="FetchOptions.AllowedNetworks"/> some.
/// </summary>
public sealed class AddressPolicy(IOptions<FetchOptions> options)
{
    private readonly IReadOnlyList<IPNetwork> allowed = [.. options.Value.AllowedNetworks.Select(n => IPNetwork.Parse(n))];

    /// <summary>Why the fetcher may not connect to <paramref name="address"/> ("10.0.0.5 is a private address"), or null when it may.</summary>
    public string? Refusal(IPAddress address)
    {
        if (options.Value.AllowPrivateAddresses) return null;
        if (allowed.Any(n => n.Contains(address) || address.IsIPv4MappedToIPv6 && n.Contains(address.MapToIPv4()))) return null;
        return Kind(address) is { } kind ? $"{address} is {kind}" : null;
    }

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    /// <summary>The kind of non-public address ("a loopback address"), or null for a public one.</summary>
    public static string? Kind(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return Kind(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && Nat64.Contains(address))
            return Kind(new IPAddress(address.GetAddressBytes()[12..]));
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => "an unspecified address",
                127 => "a loopback address",
                10 => "a private address",
                172 when b[1] is >= 16 and <= 31 => "a private address",
                192 when b[1] == 168 => "a private address",
                169 when b[1] == 254 => "a link-local address (the range of the cloud metadata service)",
                100 when b[1] is >= 64 and <= 127 => "a shared (CGNAT) address",
                >= 224 and <= 239 => "a multicast address",
                >= 240 => "a reserved address",
                _ => null,
            };
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "not an internet address";
        if (address.Equals(IPAddress.IPv6Any)) return "an unspecified address";
        if (address.Equals(IPAddress.IPv6Loopback)) return "a loopback address";
        if (address.IsIPv6Multicast) return "a multicast address";
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal) return "a link-local address";
        if (address.IsIPv6UniqueLocal) return "a private address";
        return null;
    }
}
