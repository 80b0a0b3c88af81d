using NewsReader.Parsing;

namespace NewsReader.Tests;

/// <summary>
/// The date line under a headline, as outlets print it: a named zone gives the offset, a time with no zone gives a local
/// time, and a US zone named without its season ("ET", as The New York Times writes) gives the offset the date decides.
/// </summary>
public class PublishedDateTests
{
    [Theory]
    [InlineData("Dec. 10, 2025, 2:15 p.m. ET", "2025-12-10T14:15:00-05:00")]
    [InlineData("July 4, 2025, 9:00 a.m. ET", "2025-07-04T09:00:00-04:00")]
    [InlineData("March 9, 2025, 3:00 a.m. ET", "2025-03-09T03:00:00-04:00")]
    [InlineData("March 9, 2025, 1:59 a.m. ET", "2025-03-09T01:59:00-05:00")]
    [InlineData("Nov. 3, 2025, 8:00 a.m. PT", "2025-11-03T08:00:00-08:00")]
    [InlineData("Aug. 13, 2025, 11:05 a.m. CT", "2025-08-13T11:05:00-05:00")]
    [InlineData("Oct. 30, 2005, 3:00 p.m. ET", "2005-10-30T15:00:00-05:00")]
    [InlineData("Oct. 29, 2005, 3:00 p.m. ET", "2005-10-29T15:00:00-04:00")]
    [InlineData("Dec. 10, 2025, 2:15 p.m. EST", "2025-12-10T14:15:00-05:00")]
    [InlineData("Dec. 10, 2025, 2:15 p.m.", "2025-12-10T14:15:00")]
    [InlineData("Rabu, 13 Agu 2025 14:11 WIB", "2025-08-13T14:11:00+07:00")]
    public void ReadsTheDateLine(string dateLine, string published)
    {
        var article = ArticleParser.Parse($"Fed Holds Rates Steady as Inflation Cools\nBy Jeanna Smialek\n{dateLine}\n\nFederal Reserve officials left interest rates unchanged on Wednesday, and the chair said more cuts could wait.\n");
        Assert.Equal(published, article.Published?.ToIsoString());
    }
}
