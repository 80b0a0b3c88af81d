using System.Net;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Tests;

/// <summary>
/// Who said what groups quotes by person across the library: one person under the forms of their name that different
/// articles give, never two people because they share a name's words; a person's page lists the names they were quoted under.
/// </summary>
public abstract class PeopleTests : IAsyncLifetime
{
    private readonly NewsReaderFactory factory;

    protected PeopleTests(NewsReaderFactory factory) => this.factory = factory;

    public async Task InitializeAsync()
    {
        await factory.ImportAsync("apbn-1.txt", """
            Menkeu Sri Mulyani Indrawati: Defisit APBN Tetap Terkendali

            Jakarta, CNBC Indonesia - Menteri Keuangan Sri Mulyani Indrawati memastikan defisit anggaran tetap di bawah batas.

            "Defisit kita jaga tetap di bawah tiga persen dari produk domestik bruto," kata Sri Mulyani Indrawati di Jakarta, Senin (4/8/2025).

            "Penerimaan pajak juga tumbuh sesuai rencana tahun ini," ujar Menkeu.
            """);
        await factory.ImportAsync("apbn-2.txt", """
            Sri Mulyani Minta Daerah Percepat Belanja

            Jakarta, CNBC Indonesia - Pemerintah pusat meminta pemerintah daerah mempercepat belanja modal.

            "Belanja daerah harus segera dibelanjakan agar ekonomi bergerak," kata Sri Mulyani di Jakarta, Selasa (5/8/2025).
            """);
        await factory.ImportAsync("budi.txt", """
            Dua Pejabat Tanggapi Kenaikan Harga Beras

            Jakarta, CNBC Indonesia - Harga beras di sejumlah pasar naik dalam sepekan terakhir.

            "Stok beras nasional cukup sampai akhir tahun," kata Kepala Bulog Budi Santoso Wibowo di Jakarta, Rabu (6/8/2025).

            "Kami terus memantau harga di pasar tradisional," kata Direktur Pasar Budi Santoso Hadi di tempat terpisah.
            """);
        await factory.ImportAsync("budi-2.txt", """
            Harga Beras Diperkirakan Turun

            Jakarta, CNBC Indonesia - Harga beras diperkirakan turun bulan depan.

            "Harga akan turun setelah panen raya," kata Budi Santoso dalam diskusi di Jakarta, Kamis (7/8/2025).
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task APersonsShorterNameFromAnotherArticleCountsAsThatPerson()
    {
        var document = await factory.GetDocumentAsync(factory.CreateClient(), "/speakers");
        var rows = document.QuerySelectorAll(".speaker-table tbody tr")
            .Select(r => (Name: r.QuerySelector("a")!.TextContent, Href: r.QuerySelector("a")!.GetAttribute("href"), Quotes: r.Children[1].TextContent, Articles: r.Children[2].TextContent))
            .ToList();
        Assert.Contains(("Sri Mulyani Indrawati", "/speakers/sri-mulyani-indrawati", "3", "2"), rows);
        Assert.DoesNotContain(rows, r => r.Name == "Sri Mulyani");
    }

    [SkippableFact]
    public async Task PeopleWhoShareWordsOfTheirNamesStayApart()
    {
        var document = await factory.GetDocumentAsync(factory.CreateClient(), "/speakers");
        var names = document.QuerySelectorAll(".speaker-table tbody tr a").Select(a => a.TextContent).ToList();
        Assert.Contains("Budi Santoso Wibowo", names);
        Assert.Contains("Budi Santoso Hadi", names);
        // "Budi Santoso" stands in both longer names, so it joins neither.
        Assert.Contains("Budi Santoso", names);
    }

    [SkippableFact]
    public async Task APersonsPageGathersEveryFormOfTheirNameAndListsTheNamesTheyWereQuotedUnder()
    {
        var client = factory.CreateClient();
        var document = await factory.GetDocumentAsync(client, "/speakers/sri-mulyani-indrawati");
        Assert.Equal("Sri Mulyani Indrawati", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, document.QuerySelectorAll(".speaker-quote").Length);
        var quotedAs = document.QuerySelectorAll(".quoted-under .quoted-name").Select(n => n.TextContent.Trim()).ToList();
        Assert.Contains("Sri Mulyani Indrawati (1)", quotedAs);
        Assert.Contains("Sri Mulyani (1)", quotedAs);
        Assert.Contains("Menkeu (1)", quotedAs);

        // The shorter form's address leads to the person's page; the library filter finds both articles.
        var shorter = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/speakers/sri-mulyani");
        Assert.Equal(HttpStatusCode.MovedPermanently, shorter.StatusCode);
        Assert.Equal("/speakers/sri-mulyani-indrawati", shorter.Headers.Location!.OriginalString);
        var library = await factory.GetDocumentAsync(client, "/?speaker=sri-mulyani");
        Assert.Equal(2, library.QuerySelectorAll(".article-list h2 a, .library-item h2 a").Length);
        var csv = await client.GetStringAsync("/speakers/sri-mulyani.csv");
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [SkippableTheory]
    [InlineData("sri-mulyani", "sri-mulyani-indrawati")]
    [InlineData("mulyani-indrawati", "sri-mulyani-indrawati")]
    [InlineData("budi-santoso", "budi-santoso")]
    [InlineData("budi", "budi")]
    [InlineData("santoso-wibowo", "budi-santoso-wibowo")]
    public void TheDirectoryJoinsAShorterNameOnlyToTheOneLongerNameHoldingIt(string slug, string person)
    {
        var directory = SpeakerDirectory.Build([
            ("sri-mulyani-indrawati", "Sri Mulyani Indrawati", 5), ("sri-mulyani", "Sri Mulyani", 2), ("mulyani-indrawati", "Mulyani Indrawati", 1),
            ("budi-santoso-wibowo", "Budi Santoso Wibowo", 1), ("budi-santoso-hadi", "Budi Santoso Hadi", 1), ("budi-santoso", "Budi Santoso", 1),
            ("budi", "Budi", 3), ("santoso-wibowo", "Santoso Wibowo", 1),
        ]);
        Assert.Equal(person, directory.Canonical(slug));
        Assert.Contains(slug, directory.Slugs(person));
    }
}

public sealed class PeopleTestsOnSqlite(NewsReaderFactory factory) : PeopleTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class PeopleTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : PeopleTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
