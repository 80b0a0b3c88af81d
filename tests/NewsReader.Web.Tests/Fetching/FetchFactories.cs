namespace NewsReader.Web.Tests.Fetching;

/// <summary>The app allowed to fetch from loopback (where the tests' servers are), with small limits so hostile servers fail fast.</summary>
public class LoopbackFetchFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Fetch:AllowPrivateAddresses", "true"),
        new("Fetch:TimeoutSeconds", "2"),
        new("Fetch:MaxBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Fetch:Retries", "1"),
    ];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class LoopbackFetchFactoryOnPostgres : LoopbackFetchFactory, IOnPostgres;

/// <summary>
/// Loopback fetching with the default time limit, for tests of many fetches at once: a healthy server must not time out
/// because the machine is busy (two hundred feeds polled together on two cores), as it may with the 2 s limit that makes
/// hostile servers fail fast.
/// </summary>
public class BusyLoopbackFetchFactory : LoopbackFetchFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        base.Settings.Where(setting => setting.Key != "Fetch:TimeoutSeconds").Append(new("Fetch:TimeoutSeconds", "30"));
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class BusyLoopbackFetchFactoryOnPostgres : BusyLoopbackFetchFactory, IOnPostgres;

/// <summary>Private addresses refused, as by default, but 127.0.0.1 allowed by Fetch:AllowedNetworks so that the first hop reaches the test server.</summary>
public class GuardedFetchFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Fetch:AllowedNetworks:0", "127.0.0.1/32"),
        new("Fetch:TimeoutSeconds", "2"),
    ];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class GuardedFetchFactoryOnPostgres : GuardedFetchFactory, IOnPostgres;
