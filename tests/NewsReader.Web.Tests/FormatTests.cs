using System.Text.Json;
using NewsReader.Model;
using NewsReader.Web.Importing;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Tests;

public abstract class FormatTests
{
    private readonly NewsReaderFactory factory;

    protected FormatTests(NewsReaderFactory factory) => this.factory = factory;

    private static Article Parse(string fixture) =>
        ArticleFormats.Parse(ArticleFormats.FromExtension(Path.GetExtension(fixture))!.Value, File.ReadAllText(ImportFixture.Path(fixture)));

    [SkippableFact]
    public void ClippedMarkdownWithFrontMatterGivesEveryField()
    {
        var article = Parse("formats/clipper.md");
        Assert.Equal("Pelabuhan Baru Dibuka di Pesisir Utara", article.Headline?.Value);
        Assert.Equal(["Siti Rahmawati", "Dimas Prakoso"], article.Authors);
        Assert.Equal("Warta Contoh", article.Outlet);
        Assert.Equal("2025-09-02T10:15:00+07:00", article.Published?.ToIsoString());
        Assert.Equal("Pelabuhan peti kemas baru mulai beroperasi pekan ini.", article.Standfirst?.Value);
        Assert.Equal("Kapal kargo bersandar di dermaga baru.", article.Caption?.Text.Value);
        Assert.Equal("Dok. Warta Contoh/Rudi", article.Caption?.Credit?.Value);
        Assert.Equal("Semarang", article.Dateline?.Place?.Value);
        Assert.Equal(["Target Tahun Depan"], article.Blocks.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
        Assert.StartsWith("Pelabuhan peti kemas baru di pesisir utara Jawa Tengah resmi beroperasi", article.Blocks[0].Text);
        Assert.Equal(["Hendra Wijaya", "Hendra Wijaya"], article.Quotes.Select(q => q.Speaker?.Name));
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("alert", StringComparison.Ordinal) || b.Text.Contains("**", StringComparison.Ordinal));
        Assert.Equal("https://example.com/berita/pelabuhan-baru",
            ArticleFormats.ToArticleText(ArticleFormat.Markdown, File.ReadAllText(ImportFixture.Path("formats/clipper.md"))).SourceUrl);
    }

    [SkippableFact]
    public void MarkdownWithoutFrontMatterTakesItsHeadingAsTheHeadline()
    {
        var article = Parse("formats/plain.md");
        Assert.Equal("Library Extends Opening Hours for Exam Season", article.Headline?.Value);
        Assert.Equal(["Extra Staff"], article.Blocks.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
        Assert.Equal("Maria Lopez", Assert.Single(article.Quotes).Speaker?.Name);
        Assert.Equal("en", article.Language);
    }

    [SkippableFact]
    public void SavedWebPageGivesItsArticleAndDropsThePageAroundIt()
    {
        var article = Parse("formats/page.html");
        Assert.Equal("Rail Strike Halts Commuter Trains", article.Headline?.Value);
        Assert.Equal("Transport", article.Section?.Value);
        Assert.Equal(["Helen Carter", "Tom Reed"], article.Authors);
        Assert.Equal("Example Times", article.Outlet);
        Assert.Equal("2025-08-13T07:30:00+01:00", article.Published?.ToIsoString());
        Assert.Equal("Empty platforms at the central station.", article.Caption?.Text.Value);
        Assert.Equal("Photo: Sam Lee/Example Times", article.Caption?.Credit?.Value);
        var paragraphs = article.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(4, paragraphs.Count);
        Assert.Equal(["Talks to Resume"], article.Blocks.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
        var everything = string.Join("\n", article.Blocks.Select(b => b.Text));
        foreach (var noise in new[] { "Menu paragraph", "Advertisement", "Share on social", "Related stories", "Bus fares", "newsletter", "tracker", "color: red", "Copyright" })
            Assert.DoesNotContain(noise, everything);
        Assert.Equal("Grace Obi", article.Quotes[0].Speaker?.Name);
        Assert.Equal(QuoteKind.Partial, article.Quotes[1].Kind);
        Assert.Equal("Grace Obi", article.Quotes[1].Speaker?.Name);
    }

    [SkippableFact]
    public async Task CharacterReferencesInAPageAreReadByTheHtmlParserWhereTheyStand()
    {
        var html = """
            <html><head><title>Court rules Utah keeps control of religious cult&#039;s property trust</title>
            <meta property='og:title' content='Court rules Utah keeps control of religious cult&#039;s property trust'/></head>
            <body><article><h1>Court rules Utah keeps control of religious cult&#8217;s property trust</h1>
            <p>A federal appeals court ruled on Monday that the state keeps control of the trust, and the sect&#039;s lawyers said they would appeal.</p>
            <p>The filing quoted a sign reading &#60;script&#62;alert(1)&#60;/script&#62; that protesters had carried outside the court building.</p>
            </article></body></html>
            """;
        var folder = Directory.CreateTempSubdirectory("newsreader-references-");
        try
        {
            var path = Path.Combine(folder.FullName, "trust.html");
            await File.WriteAllTextAsync(path, html);
            var output = new StringWriter();
            Assert.Equal(0, await NewsReader.Web.Cli.CommandLine.RunAsync(factory.Services, ["parse", "--json", path], output, new StringWriter()));
            var article = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.Equal("Court rules Utah keeps control of religious cult\u2019s property trust", article.GetProperty("headline").GetString());
            var body = string.Join("\n", article.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
            Assert.Contains("the sect's lawyers said", body);
            Assert.Contains("<script>alert(1)</script>", body); // shown as the text it is, never read as a tag
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void AHeadlineInItsOwnQuotationMarksKeepsThem()
    {
        const string Html = """
            <html><body><article><h1 class="asset-name">"I wander often from the way"</h1>
            <p>The line is from an old hymn, and it has stayed with me through a year of travelling from one city to the next.</p>
            <p>Every week brought a new street to learn, a new café to sit in and a new way home after dark.</p>
            </article></body></html>
            """;
        Assert.Equal("\"I wander often from the way\"", ArticleFormats.Parse(ArticleFormat.Html, Html).Headline?.Value);
    }

    [Fact]
    public void ThePagesHeaderAndFooterLinesInsideTheArticlesContainerAreNoPartOfTheBody()
    {
        const string Lead = "自治区财政厅传出最新消息：2022年伊始，内蒙古自治区党委、政府积极贯彻落实中央经济工作会议精神，决定延续到期的税收优惠政策。";
        var html = $$"""
            <html><head><title>内蒙古延续部分到期税收优惠政策</title></head><body><div class="main">
            <p>当前位置： 首页/要闻动态/今日关注</p>
            <p>内蒙古延续部分到期税收优惠政策</p>
            <p>发布日期：2022-02-11 08:52</p>
            <p>【字体：大 中 小】</p>
            <p>{{Lead}}</p>
            <p>2018年，自治区出台《关于促进民营经济高质量发展若干措施》，在自治区权限范围内加大减税力度，降低涉企收费，涉及企业所得税等多个税种。</p>
            <p>上述政策3年执行期满后，为了进一步优化我区营商环境，自治区决定延续执行其余5项税收优惠政策，预计为纳税人减负180亿元。</p>
            <p>上一篇： 自治区党委审计委员会召开第五次会议</p>
            <p>第1页/共1页 &lt;&lt; 上一页 | 下一页 &gt;&gt;</p>
            </div></body></html>
            """;
        var blocks = ArticleFormats.Parse(ArticleFormat.Html, html).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(Lead, blocks[0]);
        Assert.StartsWith("上述政策3年执行期满后", blocks[^1], StringComparison.Ordinal);
        // A paragraph that merely holds a date stays: only short header lines above the first paragraph go.
        var dated = ArticleFormats.Parse(ArticleFormat.Html, html.Replace("<p>【字体：大 中 小】</p>", "<p>2022年1月1日起，这些政策继续执行，覆盖全区各类市场主体，包括个体工商户和小微企业，惠及面广。</p>")).Blocks;
        Assert.StartsWith("2022年1月1日起", dated[0].Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void RelatedLinksAfterTheArticleEndItsBodyButAReadMoreCalloutInsideDoesNot()
    {
        const string Lead = "Die Hitzewelle im Juni hat auf den Straßen und im Nahverkehr für ernsthafte Probleme gesorgt, sagen die Verkehrsbetriebe.";
        var html = $$"""
            <html><head><title>Hitze schadet Straßen</title></head><body><main><article>
            <h1>Hitze schadet Straßen</h1>
            <p>{{Lead}}</p>
            <p>Bei den älteren Straßenbahnen ist die Technik auf dem Dach verbaut und nicht auf Hitze ausgelegt, heißt es.</p>
            <p>Read more</p>
            <p>Auf den Autobahnen waren die Probleme gravierender: Betonplatten hoben sich, mehrere Abschnitte wurden gesperrt.</p>
            <p>Die Autobahn GmbH will die Schäden bis zum Herbst beheben und bittet Autofahrer um Geduld auf den Baustellen.</p>
            <h2>Mehr zum Thema</h2>
            <h3>Gesperrte A2: Motorradstaffel unterstützt Autofahrer</h3>
            <p>Eine fünfköpfige Motorradstaffel hilft auf der Autobahn und versorgt die Menschen im Stau mit Wasser.</p>
            </article></main></body></html>
            """;
        var text = string.Join("\n", ArticleFormats.Parse(ArticleFormat.Html, html).Blocks.Select(b => b.Text));
        Assert.Contains(Lead, text);
        // The callout does not end the article: what follows it stays, and the bare call to action itself goes.
        Assert.Contains("Auf den Autobahnen waren die Probleme", text);
        Assert.Contains("Die Autobahn GmbH will die Schäden", text);
        Assert.DoesNotContain("Read more", text);
        Assert.DoesNotContain("Mehr zum Thema", text);
        Assert.DoesNotContain("Motorradstaffel", text);
    }

    [SkippableTheory]
    [InlineData("formats/clipper.md", "Pelabuhan Baru Dibuka di Pesisir Utara")]
    [InlineData("formats/page.html", "Rail Strike Halts Commuter Trains")]
    public async Task ImportAndParseJsonReadEveryFormatByItsExtension(string fixture, string headline)
    {
        var result = Assert.Single(await factory.ImportBytesAsync(Path.GetFileName(fixture), ImportFixture.Bytes(fixture)));
        Assert.True(result.Status is ImportStatus.Imported or ImportStatus.Unchanged, result.Reason);
        Assert.Equal(headline, result.Headline);
        var page = await factory.GetDocumentAsync(factory.CreateClient(), $"/articles/{result.Slug}");
        Assert.Equal(headline, page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main style, main iframe"));

        var output = new StringWriter();
        Assert.Equal(0, await NewsReader.Web.Cli.CommandLine.RunAsync(factory.Services, ["parse", "--json", ImportFixture.Path(fixture)], output, new StringWriter()));
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(headline, json.GetProperty("headline").GetString());
        Assert.True(json.GetProperty("quotes").GetArrayLength() > 0);
        Assert.NotNull(json.GetProperty("quotes")[0].GetProperty("kind").GetString());
        Assert.NotNull(json.GetProperty("quotes")[0].GetProperty("speakerSource").GetString());
    }

    [SkippableFact]
    public async Task ExportedMarkdownImportsBackAsTheSameArticle()
    {
        var seed = await factory.ImportSeedAsync();
        var client = factory.CreateClient();
        var markdown = await client.GetStringAsync($"/articles/{seed.Slug}.md");
        var original = ArticleJson.From(NewsReader.Parsing.ArticleParser.Parse(TestFiles.SeedText), null);
        var roundTrip = ArticleJson.From(ArticleFormats.Parse(ArticleFormat.Markdown, markdown), null);

        Assert.Equal(original.Section, roundTrip.Section);
        Assert.Equal(original.Headline, roundTrip.Headline);
        Assert.Equal(original.Authors, roundTrip.Authors);
        Assert.Equal(original.Outlet, roundTrip.Outlet);
        Assert.Equal(original.Published, roundTrip.Published);
        Assert.Equal(original.Dateline, roundTrip.Dateline);
        Assert.Equal(original.Caption, roundTrip.Caption);
        Assert.Equal(original.Blocks.Select(b => (b.Kind, Normalize(b.Text))), roundTrip.Blocks.Select(b => (b.Kind, Normalize(b.Text))));
        Assert.Equal(original.Quotes.Select(q => (Normalize(q.Text), q.Speaker, q.Cue, q.Kind)), roundTrip.Quotes.Select(q => (Normalize(q.Text), q.Speaker, q.Cue, q.Kind)));
        Assert.Equal(original.EditorCodes, roundTrip.EditorCodes);
        Assert.Equal(original.Trailer, roundTrip.Trailer);
        Assert.Equal(original.Language, roundTrip.Language);

        var json = JsonDocument.Parse(await client.GetStringAsync($"/articles/{seed.Slug}.json")).RootElement;
        Assert.Equal(original.Headline, json.GetProperty("headline").GetString());
        Assert.Equal(3, json.GetProperty("quotes").GetArrayLength());

        // Importing the exported file is recognised as the same article (same outlet, headline and time).
        var reimport = Assert.Single(await factory.ImportBytesAsync("exported.md", System.Text.Encoding.UTF8.GetBytes(markdown)));
        Assert.Equal(seed.Slug, reimport.Slug);
    }

    [SkippableFact]
    public async Task ExportCommandWritesTheWholeLibrary()
    {
        await factory.ImportSeedAsync();
        var folder = Directory.CreateTempSubdirectory("newsreader-export-");
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, await NewsReader.Web.Cli.CommandLine.RunAsync(factory.Services, ["export", folder.FullName], output, new StringWriter()));
            var count = factory.CountArticles();
            Assert.Contains($"exported {count} articles", output.ToString());
            Assert.Equal(count, Directory.GetFiles(folder.FullName, "*.md").Length);
            Assert.Equal(count, Directory.GetFiles(folder.FullName, "*.json").Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed class FormatTestsOnSqlite(NewsReaderFactory factory) : FormatTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class FormatTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : FormatTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

/// <summary>parse --json's dates, with no library needed.</summary>
public class ArticleJsonDateTests
{
    [Fact]
    public void DatesAnArticleThatShowsOnlyItsUpdateByTheUpdate()
    {
        var article = NewsReader.Parsing.ArticleParser.Parse("""
            Russia pounds Ukraine's power grid in one of the winter's largest attacks

            By IRYNA DMYTRENKO

            Updated 10:52 AM EST, January 17, 2025

            KYIV, Ukraine (AP) — Russia fired dozens of missiles and more than 140 drones at Ukraine overnight, officials said Friday.
            """);
        Assert.Null(article.Published);
        var json = ArticleJson.From(article, null);
        Assert.Equal("2025-01-17T10:52:00-05:00", json.Published);
        Assert.Equal(json.Updated, json.Published);
        Assert.Equal("10:52 AM EST, January 17, 2025", json.PublishedText);
    }
}
