using AngleSharp.Dom;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace NewsReader.Web.Tests;

public abstract class ImportPageTests
{
    private readonly NewsReaderFactory factory;

    protected ImportPageTests(NewsReaderFactory factory) => this.factory = factory;

    /// <summary>Submits the import form as a browser would: the antiforgery field and cookie included.</summary>
    private async Task<IHtmlDocument> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var page = await factory.GetDocumentAsync(client, "/import");
        var form = (IHtmlFormElement)page.QuerySelector("form.import-form")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var fileInput = form.QuerySelector<IHtmlInputElement>("input[type=file]")!;
        Assert.True(fileInput.IsMultiple);

        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(part, fileInput.Name!, name);
        }
        Assert.Equal("post", form.Method, ignoreCase: true);
        var response = await client.PostAsync("/import", content);
        Assert.True(response.StatusCode is HttpStatusCode.OK, $"Upload answered {response.StatusCode}");
        return await NewsReaderFactory.ParseAsync(response);
    }

    private static List<(string File, string Status, string Details)> Rows(IHtmlDocument document) =>
        document.QuerySelectorAll(".import-results tbody tr")
            .Select(r => (r.QuerySelector(".file")!.TextContent, r.QuerySelector(".status")!.TextContent, r.Children[2].TextContent.Trim()))
            .ToList();

    [SkippableFact]
    public async Task UploadImportsANewFileAndReportsItAsPresentTheSecondTime()
    {
        var client = factory.CreateClient();
        var text = TestFiles.SeedText.Replace("Putin Tiba-Tiba Telpon", "Putin Kembali Telpon", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);

        var first = await UploadAsync(client, ("kembali.txt", bytes));
        var row = Assert.Single(Rows(first));
        Assert.Equal(("kembali.txt", "Imported"), (row.File, row.Status));
        var link = first.QuerySelector(".import-results a")!.GetAttribute("href")!;
        Assert.StartsWith("/articles/putin-kembali-telpon", link);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);

        var second = await UploadAsync(client, ("kembali-lagi.txt", bytes));
        row = Assert.Single(Rows(second));
        Assert.Equal(("kembali-lagi.txt", "Already in the library"), (row.File, row.Status));
    }

    [SkippableFact]
    public async Task EmptyAndBinaryFilesAreRejectedWithAReasonAndNothingIsStored()
    {
        var client = factory.CreateClient();
        var before = factory.CountArticles();
        var binary = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        var document = await UploadAsync(client, ("kosong.txt", []), ("spasi.txt", "  \n\t\n "u8.ToArray()), ("gambar.txt", binary));

        var rows = Rows(document);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("Rejected", r.Status));
        Assert.Contains("empty", rows[0].Details);
        Assert.Contains("empty", rows[1].Details);
        Assert.Contains("binary", rows[2].Details);
        Assert.Equal(before, factory.CountArticles());
    }

    [SkippableFact]
    public async Task PostWithoutAntiforgeryTokenIsRefused()
    {
        var client = factory.CreateClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "files", "a.txt" } };
        var response = await client.PostAsync("/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task FileNamesAreShownAsTextOnly()
    {
        var client = factory.CreateClient();
        var document = await UploadAsync(client, ("<img src=x onerror=alert(1)>.txt", "x"u8.ToArray()));
        Assert.Empty(document.QuerySelectorAll("main img"));
        Assert.Contains("onerror", document.QuerySelector(".import-results .file")!.TextContent);
    }
}

public sealed class ImportPageTestsOnSqlite(NewsReaderFactory factory) : ImportPageTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class ImportPageTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : ImportPageTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
