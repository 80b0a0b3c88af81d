using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsReader.Web.Fetching;

namespace NewsReader.Web.Tests.Fetching;

/// <summary>Which addresses the fetcher refuses by default: everything that is not on the public internet.</summary>
public sealed class AddressPolicyTests
{
    private static AddressPolicy Policy(FetchOptions? options = null) => new(Options.Create(options ?? new FetchOptions()));

    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.8.9.10", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("10.0.0.5", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.10", "a private address")]
    [InlineData("fd12:3456::1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address (the range of the cloud metadata service)")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("100.64.0.1", "a shared (CGNAT) address")]
    [InlineData("100.127.255.254", "a shared (CGNAT) address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    [InlineData("::ffff:10.0.0.5", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (the range of the cloud metadata service)")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("64:ff9b::a00:5", "a private address")]
    public void NonPublicAddressesAreRefusedByDefault(string address, string kind)
    {
        var ip = IPAddress.Parse(address);
        Assert.Equal($"{ip} is {kind}", Policy().Refusal(ip));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [InlineData("::ffff:93.184.215.14")]
    public void PublicAddressesAreAllowed(string address) => Assert.Null(Policy().Refusal(IPAddress.Parse(address)));

    [Fact]
    public void TheSettingAllowsPrivateAddresses() =>
        Assert.Null(Policy(new FetchOptions { AllowPrivateAddresses = true }).Refusal(IPAddress.Parse("169.254.169.254")));

    [Fact]
    public void AnAllowedNetworkAllowsOnlyItself()
    {
        var policy = Policy(new FetchOptions { AllowedNetworks = ["192.168.1.0/24"] });
        Assert.Null(policy.Refusal(IPAddress.Parse("192.168.1.10")));
        Assert.Null(policy.Refusal(IPAddress.Parse("::ffff:192.168.1.10")));
        Assert.NotNull(policy.Refusal(IPAddress.Parse("192.168.2.10")));
        Assert.NotNull(policy.Refusal(IPAddress.Parse("10.0.0.5")));
    }

    [Fact]
    public async Task TheConnectionCallbackRefusesAHostNameThatResolvesToLoopback()
    {
        var exception = await Assert.ThrowsAsync<AddressRefusedException>(async () =>
            await FetchSetup.ConnectAsync(Policy(), new DnsEndPoint("localhost", 9), CancellationToken.None));
        Assert.Contains("is a loopback address", exception.Message);
    }
}

/// <summary>The app as configured by default refuses the tests' own loopback server, naming the address and the setting.</summary>
public abstract class DefaultFetchPolicyTests(NewsReaderFactory factory, HostileServer server)
{
    [SkippableTheory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task LoopbackIsRefusedByDefault(string host)
    {
        var url = server.Url("/article/default").Replace("127.0.0.1", host, StringComparison.Ordinal);
        var result = await factory.Services.GetRequiredService<Fetcher>().GetAsync(url);
        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Matches(@": refused: (127\.0\.0\.1|::1) is a loopback address \(the setting Fetch:AllowPrivateAddresses allows it\)$", result.Error);
        Assert.Equal(0, server.Visits("/article/default"));
    }
}

public sealed class DefaultFetchPolicyTestsOnSqlite(NewsReaderFactory factory, HostileServer server) : DefaultFetchPolicyTests(factory, server), IClassFixture<NewsReaderFactory>, IClassFixture<HostileServer>;
public sealed class DefaultFetchPolicyTestsOnPostgres(NewsReaderFactoryOnPostgres factory, HostileServer server) : DefaultFetchPolicyTests(factory, server), IClassFixture<NewsReaderFactoryOnPostgres>, IClassFixture<HostileServer>;

/// <summary>The first hop is allowed (127.0.0.1 by Fetch:AllowedNetworks); a redirect to a private or metadata address is refused before any connection to it.</summary>
public abstract class RedirectToPrivateAddressTests(GuardedFetchFactory factory, HostileServer server)
{
    [SkippableTheory]
    [InlineData("/to-private", "http://10.0.0.5/admin: refused: 10.0.0.5 is a private address")]
    [InlineData("/to-metadata", "http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address")]
    public async Task ARedirectToAPrivateAddressIsRefused(string path, string reason)
    {
        var fetcher = factory.Services.GetRequiredService<Fetcher>();
        Assert.True((await fetcher.GetAsync(server.Url("/article/guarded"))).Succeeded);
        var result = await fetcher.GetAsync(server.Url(path));
        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.StartsWith(reason, result.Error);
        Assert.Equal(server.Url(path), result.Url);
    }
}

public sealed class RedirectToPrivateAddressTestsOnSqlite(GuardedFetchFactory factory, HostileServer server) : RedirectToPrivateAddressTests(factory, server), IClassFixture<GuardedFetchFactory>, IClassFixture<HostileServer>;
public sealed class RedirectToPrivateAddressTestsOnPostgres(GuardedFetchFactoryOnPostgres factory, HostileServer server) : RedirectToPrivateAddressTests(factory, server), IClassFixture<GuardedFetchFactoryOnPostgres>, IClassFixture<HostileServer>;
