using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsReader.Web.Data;
using NewsReader.Web.Tests.Security;

namespace NewsReader.Web.Tests.Highlights;

/// <summary>Highlights and notes in the reader view, on the Highlights page, through the API, and across revisions and exports.</summary>
public abstract class HighlightTests
{
    private const string FirstQuote = "Keduanya mengonfirmasi keinginan mereka untuk memperkuat kerja sama di masa depan,";
    private readonly NewsReaderFactory factory;

    protected HighlightTests(NewsReaderFactory factory) => this.factory = factory;

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    // A fresh copy of the seed article under its own headline, so that each test has an article of its own.
    private async Task<string> ArticleAsync(string headline, string? text = null)
    {
        var seed = text ?? await File.ReadAllTextAsync(TestFiles.SeedPath);
        var result = await factory.ImportAsync(headline + ".txt", seed.Replace("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", headline, StringComparison.Ordinal));
        return result.Slug!;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formSelector, params (string Key, string Value)[] fields)
    {
        var page = await NewsReaderFactory.ParseAsync(await client.GetAsync(url.Split('?')[0]));
        var token = Forms.Token(page, formSelector);
        return await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]));
    }

    [SkippableFact]
    public async Task The_quote_button_highlights_a_quote_without_script_and_the_note_can_be_changed_and_the_highlight_removed()
    {
        var slug = await ArticleAsync("Highlight a quote without script");
        var client = Client();
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.Equal(3, reader.QuerySelectorAll(".quoted-list form.highlight-quote").Length);

        var made = await PostFormAsync(client, $"/articles/{slug}?handler=HighlightQuote", "form.highlight-quote", ("quote", "1"), ("note", "The first claim"));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var id = factory.Query(db => db.Highlights.Single(h => h.Article!.Slug == slug).Id);
        Assert.Equal($"/articles/{slug}#highlight-{id}", made.Headers.Location!.OriginalString);

        var page = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        var mark = page.QuerySelector($"mark#highlight-{id}")!;
        Assert.Equal(FirstQuote, mark.TextContent);
        Assert.NotNull(mark.Closest("q#quote-1"));
        Assert.Equal("The first claim", page.QuerySelector($"#highlight-item-{id} .highlight-note")!.TextContent);

        await PostFormAsync(client, $"/articles/{slug}?handler=Note", "form.highlight-quote", ("id", id.ToString()), ("note", "  A better note  "));
        Assert.Equal("A better note", factory.Query(db => db.Highlights.Single(h => h.Id == id).Note));

        await PostFormAsync(client, $"/articles/{slug}?handler=RemoveHighlight", "form.highlight-quote", ("id", id.ToString()));
        Assert.False(factory.Query(db => db.Highlights.Any(h => h.Id == id)));
        Assert.Null((await factory.GetDocumentAsync(client, $"/articles/{slug}")).QuerySelector("mark.highlight"));
    }

    [SkippableFact]
    public async Task A_selection_is_stored_where_it_stands_in_the_reader_text_and_stale_or_bad_selections_are_refused_with_the_reason()
    {
        var slug = await ArticleAsync("Highlight a selection");
        var client = Client();
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        // The words the page shows, counted from each run's data-at, as the script does.
        var run = reader.QuerySelectorAll(".article-body [data-at]").First(e => e.TextContent.Contains("Vladimir Putin", StringComparison.Ordinal));
        var start = int.Parse(run.GetAttribute("data-at")!) + run.TextContent.IndexOf("Vladimir Putin", StringComparison.Ordinal);

        var made = await PostFormAsync(client, $"/articles/{slug}?handler=Highlight", "form.highlight-quote",
            ("start", start.ToString()), ("end", (start + 14).ToString()), ("exact", "Vladimir Putin"), ("note", ""));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var stored = factory.Query(db => db.Highlights.Single(h => h.Article!.Slug == slug));
        Assert.Equal(("Vladimir Putin", (string?)null), (stored.Exact, stored.Note));
        Assert.Equal("Vladimir Putin", (await factory.GetDocumentAsync(client, $"/articles/{slug}")).QuerySelector("mark.highlight")!.TextContent);

        var stale = await PostFormAsync(client, $"/articles/{slug}?handler=Highlight", "form.highlight-quote",
            ("start", "0"), ("end", "10"), ("exact", "words that are not there"));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("no longer in the article", (await NewsReaderFactory.ParseAsync(stale)).QuerySelector("[role=alert]")!.TextContent);

        var outside = await PostFormAsync(client, $"/articles/{slug}?handler=Highlight", "form.highlight-quote", ("start", "-5"), ("end", "999999"));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(1, factory.Query(db => db.Highlights.Count(h => h.Article!.Slug == slug)));
    }

    [SkippableFact]
    public async Task A_new_revision_moves_the_highlight_with_its_words_and_one_without_them_keeps_it_as_orphaned()
    {
        var seed = await File.ReadAllTextAsync(TestFiles.SeedPath);
        var slug = await ArticleAsync("Highlights across revisions", seed);
        var client = Client();
        await PostFormAsync(client, $"/articles/{slug}?handler=HighlightQuote", "form.highlight-quote", ("quote", "1"), ("note", "kept"));
        var before = factory.Query(db => db.Highlights.Single(h => h.Article!.Slug == slug));

        // The outlet edits the lead: the quote's words move.
        var edited = seed.Replace("menelepon Pemimpin Tertinggi", "kembali menelepon Pemimpin Tertinggi", StringComparison.Ordinal);
        Assert.Equal("updated", (await factory.ImportAsync("revised.txt", edited.Replace("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", "Highlights across revisions", StringComparison.Ordinal))).StatusName);
        var page = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.Equal(FirstQuote, page.QuerySelector($"mark#highlight-{before.Id}")!.TextContent);
        var moved = factory.Query(db => db.Highlights.Single(h => h.Id == before.Id));
        Assert.Equal((before.Start + "kembali ".Length, false), (moved.Start, moved.Orphaned));

        // The quote is cut from the article: the highlight and its note stay, marked as no longer in the text.
        var cut = edited.Replace("\"Keduanya mengonfirmasi keinginan mereka untuk memperkuat kerja sama di masa depan,\" tulis media Korut, KCNA, dikutip Rabu (13/8/2025).", "Keduanya berbicara singkat.", StringComparison.Ordinal);
        Assert.Equal("updated", (await factory.ImportAsync("cut.txt", cut.Replace("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", "Highlights across revisions", StringComparison.Ordinal))).StatusName);
        // The Highlights page places them again itself, before the article is opened.
        var list = await factory.GetDocumentAsync(client, $"/highlights?article={slug}");
        Assert.Contains("No longer in the text", list.QuerySelector(".highlight-gone")!.TextContent);
        page = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.Null(page.QuerySelector("mark.highlight"));
        var orphan = page.QuerySelector($".highlight-orphaned #highlight-item-{before.Id}")!;
        Assert.Contains(FirstQuote[..40], orphan.TextContent);
        Assert.Contains("kept", orphan.TextContent);
        Assert.True(factory.Query(db => db.Highlights.Single(h => h.Id == before.Id).Orphaned));
    }

    [SkippableFact]
    public async Task The_highlights_page_filters_by_article_outlet_speaker_and_words_and_pages_newest_first()
    {
        var slug = await ArticleAsync("Highlights page filters");
        var client = Client();
        await PostFormAsync(client, $"/articles/{slug}?handler=HighlightQuote", "form.highlight-quote", ("quote", "1"), ("note", "pyongyang angle"));
        await PostFormAsync(client, $"/articles/{slug}?handler=HighlightQuote", "form.highlight-quote", ("quote", "2"));

        var bySpeaker = await factory.GetDocumentAsync(client, $"/highlights?article={slug}&speaker=yang-moo-jin");
        var item = Assert.Single(bySpeaker.QuerySelectorAll(".highlights-page > li"));
        Assert.Contains("Yang Moo Jin", item.TextContent);
        var byNote = await factory.GetDocumentAsync(client, $"/highlights?article={slug}&q=PYONGYANG");
        Assert.StartsWith("Keduanya", Assert.Single(byNote.QuerySelectorAll(".highlights-page blockquote")).TextContent);
        var byOutlet = await factory.GetDocumentAsync(client, $"/highlights?article={slug}&outlet=CNBC%20Indonesia");
        Assert.Equal(2, byOutlet.QuerySelectorAll(".highlights-page > li").Length);
        Assert.StartsWith("Jika Trump", byOutlet.QuerySelector(".highlights-page blockquote")!.TextContent); // newest first
        Assert.Empty((await factory.GetDocumentAsync(client, $"/highlights?article={slug}&outlet=Reuters")).QuerySelectorAll(".highlights-page > li"));
        var search = await factory.GetDocumentAsync(client, "/search?q=pyongyang%20angle");
        Assert.Equal("pyongyang angle", search.QuerySelector(".search-highlights .highlight-note")!.TextContent);
        var hostile = await client.GetAsync("/highlights?q=%25_%5C%27%22&speaker=" + new string('x', 5000));
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
    }

    [SkippableFact]
    public async Task The_api_lists_pages_to_the_end_adds_and_removes_highlights_and_answers_bad_requests_with_problem_details()
    {
        var slug = await ArticleAsync("Highlights through the API");
        var client = Client();
        for (var quote = 1; quote <= 3; quote++)
        {
            var created = await client.PostAsJsonAsync($"/api/articles/{slug}/highlights", new { quote, note = $"note {quote}" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var seen = new List<long>();
        string? after = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/highlights?article={slug}&limit=2" + (after is null ? "" : $"&after={after}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        while (after is not null);
        Assert.Equal(3, seen.Count);
        Assert.Equal(seen.OrderDescending(), seen);

        foreach (var bad in new[] { "limit=0", "limit=201", "limit=abc", "after=-1", "after=xyz" })
        {
            var response = await client.GetAsync($"/api/highlights?{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
        var refused = await client.PostAsJsonAsync($"/api/articles/{slug}/highlights", new { start = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/articles/no-such-article/highlights", new { quote = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/highlights/{seen[0]}")).StatusCode);
        var again = await client.DeleteAsync($"/api/highlights/{seen[0]}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
    }

    [SkippableFact]
    public async Task The_json_export_imports_back_and_the_markdown_export_holds_each_highlight_and_note()
    {
        var slug = await ArticleAsync("Highlights export and import");
        var client = Client();
        await PostFormAsync(client, $"/articles/{slug}?handler=HighlightQuote", "form.highlight-quote", ("quote", "2"), ("note", "Line one\nline two"));

        var markdown = await client.GetStringAsync($"/highlights.md?article={slug}");
        Assert.Contains("## Highlights export and import", markdown);
        Assert.Contains("> Jika Trump dan Putin", markdown);
        Assert.Contains("> — Yang Moo Jin", markdown);
        Assert.Contains("Line one  \nline two", markdown);

        var json = await client.GetStringAsync($"/highlights.json?article={slug}");
        factory.Query(db => db.Highlights.Where(h => h.Article!.Slug == slug).ToList()).ForEach(h => client.DeleteAsync($"/api/highlights/{h.Id}").Wait());
        Assert.Equal(0, factory.Query(db => db.Highlights.Count(h => h.Article!.Slug == slug)));

        var imported = await UploadAsync(client, "highlights.json", json);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("1 highlight imported, 0 already here", (await NewsReaderFactory.ParseAsync(imported)).QuerySelector("[role=status]")!.TextContent);
        var back = factory.Query(db => db.Highlights.Single(h => h.Article!.Slug == slug));
        Assert.Equal(("Line one\nline two", false), (back.Note, back.Orphaned));
        Assert.StartsWith("Jika Trump dan Putin", back.Exact);

        var twice = await UploadAsync(client, "highlights.json", json);
        Assert.Contains("0 highlights imported, 1 already here", (await NewsReaderFactory.ParseAsync(twice)).QuerySelector("[role=status]")!.TextContent);
        var wrong = await UploadAsync(client, "article.json", """{"headline": "not highlights"}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("article.json: this is not a Highlights export", (await NewsReaderFactory.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(1, factory.Query(db => db.Highlights.Count(h => h.Article!.Slug == slug)));
    }

    [SkippableFact]
    public async Task The_article_markdown_export_marks_highlights_with_notes_as_footnotes_and_importing_it_brings_them_back()
    {
        var slug = await ArticleAsync("Highlights in the article export");
        var client = Client();
        await PostFormAsync(client, $"/articles/{slug}?handler=HighlightQuote", "form.highlight-quote", ("quote", "2"), ("note", "Yang on the summit"));
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        var run = reader.QuerySelectorAll(".article-body [data-at]").First(e => e.TextContent.Contains("Vladimir Putin", StringComparison.Ordinal));
        var start = int.Parse(run.GetAttribute("data-at")!) + run.TextContent.IndexOf("Vladimir Putin", StringComparison.Ordinal);
        await PostFormAsync(client, $"/articles/{slug}?handler=Highlight", "form.highlight-quote", ("start", start.ToString()), ("end", (start + 14).ToString()), ("exact", "Vladimir Putin"));

        var markdown = await client.GetStringAsync($"/articles/{slug}.md");
        Assert.Contains("Presiden Rusia ==Vladimir Putin== menelepon", markdown);
        Assert.Contains("==Jika Trump dan Putin", markdown);
        Assert.Contains("nuklir,==[^1]", markdown);
        Assert.EndsWith("[^1]: Yang on the summit\n", markdown);

        foreach (var id in factory.Query(db => db.Highlights.Where(h => h.Article!.Slug == slug).Select(h => h.Id).ToList()))
            await client.DeleteAsync($"/api/highlights/{id}");
        var imported = await factory.ImportAsync("export.md", markdown);
        Assert.Equal(("updated", slug), (imported.StatusName, imported.Slug));

        var back = factory.Query(db => db.Highlights.Where(h => h.Article!.Slug == slug).OrderBy(h => h.Start).ToList());
        Assert.Equal(["Vladimir Putin", "Jika Trump dan Putin"], back.Select(h => h.Exact[..Math.Min(20, h.Exact.Length)]));
        Assert.Equal([null, "Yang on the summit"], back.Select(h => h.Note));
        var page = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.DoesNotContain("==", page.QuerySelector(".article-body")!.TextContent);
        Assert.DoesNotContain("[^1]", page.QuerySelector(".article-body")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".article-body mark.highlight").Length);
    }

    [SkippableFact]
    public async Task Overlapping_highlights_each_have_a_place_to_jump_to_and_hostile_imports_never_fail()
    {
        var slug = await ArticleAsync("Overlapping highlights");
        var client = Client();
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        var run = reader.QuerySelectorAll(".article-body [data-at]").First(e => e.TextContent.Contains("Presiden Rusia Vladimir Putin", StringComparison.Ordinal));
        var at = int.Parse(run.GetAttribute("data-at")!) + run.TextContent.IndexOf("Presiden Rusia Vladimir Putin", StringComparison.Ordinal);
        await PostFormAsync(client, $"/articles/{slug}?handler=Highlight", "form.highlight-quote", ("start", at.ToString()), ("end", (at + 29).ToString()));
        await PostFormAsync(client, $"/articles/{slug}?handler=Highlight", "form.highlight-quote", ("start", (at + 15).ToString()), ("end", (at + 29).ToString()));
        var ids = factory.Query(db => db.Highlights.Where(h => h.Article!.Slug == slug).OrderBy(h => h.Start).Select(h => h.Id).ToList());
        var page = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.All(ids, id => Assert.NotNull(page.QuerySelector($".article-body #highlight-{id}")));
        Assert.Equal("Presiden Rusia Vladimir Putin", string.Concat(page.QuerySelectorAll(".article-body mark.highlight").Select(m => m.TextContent)));

        var list = await factory.GetDocumentAsync(client, $"/highlights?article={slug}");
        Assert.Equal("/highlights", list.QuerySelector(".filter-form p a:last-child")!.GetAttribute("href"));

        var sha = factory.Query(db => db.Articles.Single(a => a.Slug == slug).Sha256);
        var hostile = $$"""{"format":"newsreader-highlights","version":1,"highlights":[{"article":{"slug":"{{slug}}","sha256":"{{sha}}","headline":"x"},"start":99999,"exact":"Kim Jong Un","note":"far"},{"article":{"slug":"{{slug}}","sha256":"{{sha}}","headline":"x"},"start":-7,"end":-9,"exact":"not in the text at all"},{"article":null,"exact":"x"}]}""";
        var imported = await UploadAsync(client, "hostile.json", hostile);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("2 highlights imported", (await NewsReaderFactory.ParseAsync(imported)).QuerySelector("[role=status]")!.TextContent);
        var far = factory.Query(db => db.Highlights.Single(h => h.Note == "far"));
        Assert.Equal(("Kim Jong Un", 11, false), (far.Exact, far.End - far.Start, far.Orphaned));
        Assert.True(factory.Query(db => db.Highlights.Single(h => h.Exact == "not in the text at all").Orphaned));
    }

    [SkippableFact]
    public async Task The_api_gives_current_places_after_a_revision_without_the_article_being_opened()
    {
        var seed = await File.ReadAllTextAsync(TestFiles.SeedPath);
        var slug = await ArticleAsync("Highlights in the API after a revision", seed);
        var client = Client();
        var created = await client.PostAsJsonAsync($"/api/articles/{slug}/highlights", new { quote = 1 });
        var before = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("start").GetInt32();
        var edited = seed.Replace("menelepon Pemimpin Tertinggi", "kembali menelepon Pemimpin Tertinggi", StringComparison.Ordinal)
            .Replace("Putin Tiba-Tiba Telpon Kim Jong Un Sebelum Ketemu Trump, Ada Apa?", "Highlights in the API after a revision", StringComparison.Ordinal);
        Assert.Equal("updated", (await factory.ImportAsync("revised.txt", edited)).StatusName);
        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        var highlight = Assert.Single(article.GetProperty("highlights").EnumerateArray());
        Assert.Equal(before + "kembali ".Length, highlight.GetProperty("start").GetInt32());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/api/highlights?article={slug}&speaker=yang-moo-jin")).GetProperty("items").EnumerateArray());
        var byKcna = (await client.GetFromJsonAsync<JsonElement>($"/api/highlights?article={slug}&speaker=kcna")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("KCNA", byKcna.GetProperty("speaker").GetString());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string content)
    {
        var page = await NewsReaderFactory.ParseAsync(await client.GetAsync("/highlights"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.Token(page, ".highlights-import form")), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", name },
        };
        return await client.PostAsync("/highlights?handler=Import", form);
    }
}

public sealed class HighlightTestsOnSqlite(NewsReaderFactory factory) : HighlightTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class HighlightTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : HighlightTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

/// <summary>With a password set, highlights change only for the admin: forms go to sign-in, the API answers 401.</summary>
public abstract class HighlightAccessTests(PasswordFactory factory)
{
    [SkippableFact]
    public async Task Without_the_admin_sign_in_no_highlight_is_made()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.Client();
        var page = await NewsReaderFactory.ParseAsync(await client.GetAsync($"/articles/{slug}"));
        var form = await client.PostAsync($"/articles/{slug}?handler=HighlightQuote",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Forms.Token(page, "form.highlight-quote")), new("quote", "1")]));
        Assert.True(Forms.IsSignInRedirect(form));
        var api = await client.PostAsJsonAsync($"/api/articles/{slug}/highlights", new { quote = 1 });
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(0, factory.Query(db => db.Highlights.Count()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/highlights")).StatusCode);
    }
}

public sealed class HighlightAccessTestsOnSqlite(PasswordFactory factory) : HighlightAccessTests(factory), IClassFixture<PasswordFactory>;
public sealed class HighlightAccessTestsOnPostgres(PasswordFactoryOnPostgres factory) : HighlightAccessTests(factory), IClassFixture<PasswordFactoryOnPostgres>;
