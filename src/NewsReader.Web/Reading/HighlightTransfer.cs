using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Reading;

/// <summary>
/// Highlights out and back in: <c>/highlights.md</c> (grouped by article, each highlight a block quote with its note under
/// it) and <c>/highlights.json</c> (everything needed to anchor them again), and the import of such a JSON file.
/// </summary>
public sealed class HighlightTransfer(NewsReaderDb db, LibraryCache cache, TimeProvider clock, HighlightStore store)
{
    public const string Format = "newsreader-highlights";
    public const long MaxImportBytes = 16L * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record ArticleRef(string Slug, string Sha256, string Headline, string? Outlet, string? SourceUrl);

    public sealed record Item(ArticleRef Article, int Start, int End, string Exact, string Prefix, string Suffix, string? Note,
        int? Quote, string? Speaker, bool Orphaned, DateTime CreatedUtc, DateTime UpdatedUtc);

    public sealed record Document(string Format, int Version, DateTime ExportedUtc, IReadOnlyList<Item> Highlights);

    /// <summary>What an import did: highlights added, already there, and those whose article is not in the library.</summary>
    public sealed record ImportSummary(int Imported, int Unchanged, int Orphaned, IReadOnlyList<string> MissingArticles)
    {
        public string Describe()
        {
            var text = $"{Imported} {(Imported == 1 ? "highlight" : "highlights")} imported, {Unchanged} already here";
            if (Orphaned > 0) text += $", {Orphaned} of them no longer in their article's text (kept)";
            if (MissingArticles.Count > 0) text += $"; skipped highlights of {MissingArticles.Count} {(MissingArticles.Count == 1 ? "article" : "articles")} not in the library: {string.Join("; ", MissingArticles.Take(5))}{(MissingArticles.Count > 5 ? " …" : "")}";
            return text + ".";
        }
    }

    public async Task<string> ToJsonAsync(HighlightFilter filter, CancellationToken cancellationToken)
    {
        filter = await filter.WithSpeakerFormsAsync(cache, db, cancellationToken);
        var rows = await HighlightQueries.CurrentAsync(store, () => HighlightQueries.Rows(db, filter).ToListAsync(cancellationToken), cancellationToken);
        var items = rows.Select(r => new Item(new ArticleRef(r.ArticleSlug, r.ArticleSha256, r.Headline, r.Outlet, r.SourceUrl),
            r.Start, r.End, r.Exact, r.Prefix, r.Suffix, r.Note, r.QuoteNumber, r.Speaker, r.Orphaned, r.CreatedUtc, r.UpdatedUtc)).ToList();
        return JsonSerializer.Serialize(new Document(Format, 1, clock.GetUtcNow().UtcDateTime, items), Json);
    }

    /// <summary>The highlights as Markdown: a heading per article (newest highlight first), each highlight as a block quote, its note after it.</summary>
    public async Task<string> ToMarkdownAsync(HighlightFilter filter, CancellationToken cancellationToken)
    {
        filter = await filter.WithSpeakerFormsAsync(cache, db, cancellationToken);
        var rows = await HighlightQueries.CurrentAsync(store, () => HighlightQueries.Rows(db, filter).ToListAsync(cancellationToken), cancellationToken);
        var md = new StringBuilder("# Highlights\n");
        foreach (var article in rows.GroupBy(r => r.ArticleSlug))
        {
            var first = article.First();
            md.Append("\n## ").Append(ArticleExports.Escape(first.Headline)).Append('\n');
            var about = new List<string>();
            if (first.Outlet is not null) about.Add(ArticleExports.Escape(first.Outlet));
            if (first.SourceUrl is not null) about.Add($"<{first.SourceUrl}>");
            if (about.Count > 0) md.Append('\n').AppendJoin(" · ", about).Append('\n');
            foreach (var row in article.OrderBy(r => r.Start))
            {
                md.Append('\n');
                foreach (var line in row.Exact.Split('\n')) md.Append(line.Length == 0 ? ">" : "> " + ArticleExports.Escape(line)).Append('\n');
                if (row.Speaker is not null) md.Append(">\n> — ").Append(ArticleExports.Escape(row.Speaker)).Append('\n');
                if (row.Orphaned) md.Append("\n*No longer in the article's text.*\n");
                if (row.Note is { } note) md.Append('\n').Append(ArticleExports.Escape(note).Replace("\n", "  \n", StringComparison.Ordinal)).Append('\n');
            }
        }
        return md.ToString();
    }

    /// <summary>
    /// Brings back the highlights of a JSON export. Each finds its article by the text's SHA-256, else its address, else its
    /// slug, and its place by its words; one already there (same article and words at the same place) is left alone.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(Stream json, CancellationToken cancellationToken)
    {
        Document? document;
        try { document = await JsonSerializer.DeserializeAsync<Document>(json, Json, cancellationToken); }
        catch (JsonException problem) { throw new HighlightException($"this is not a Highlights export ({problem.Message})."); }
        if (document is null || document.Format != Format || document.Highlights is null)
            throw new HighlightException($"this is not a Highlights export (its \"format\" is not \"{Format}\").");
        if (document.Version != 1) throw new HighlightException($"this export is version {document.Version}; this NewsReader reads version 1.");

        var imported = 0;
        var unchanged = 0;
        var orphaned = 0;
        var missing = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in document.Highlights.Where(h => h?.Article is not null && !string.IsNullOrEmpty(h.Exact)).GroupBy(h => h.Article.Sha256 + "\n" + h.Article.Slug))
        {
            var reference = group.First().Article;
            var stored = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Sha256 == reference.Sha256, cancellationToken)
                ?? (reference.SourceUrl is { } url ? await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.SourceUrl == url, cancellationToken) : null)
                ?? await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == reference.Slug, cancellationToken);
            if (stored is null)
            {
                missing.Add(reference.Headline);
                continue;
            }
            var view = ArticleView.Build(ArticleFormats.Parse(stored.Format, stored.Text));
            var text = view.ReaderText;
            // The highlights already there, where they stand in this text (a revision may have moved them).
            var existing = (await store.PlaceAsync(stored.Id, view, cancellationToken)).Placed.Select(h => new { h.Start, h.Exact }).ToList();
            foreach (var item in group)
            {
                if (item.Exact.Length > HighlightLimits.MaxExact || item.Note?.Length > HighlightLimits.MaxNote) continue;
                // The words decide where a highlight ends, whatever the file says.
                var anchor = new TextAnchor(Math.Max(0, item.Start), Math.Max(0, item.Start) + item.Exact.Length, item.Exact, Cut(item.Prefix, fromEnd: true), Cut(item.Suffix, fromEnd: false));
                var place = anchor.Locate(text);
                var row = HighlightStore.NewRow(stored.Id, place is { } found ? TextAnchor.Of(text, found.Start, found.End) : anchor,
                    string.IsNullOrWhiteSpace(item.Note) ? null : item.Note, place is { } at ? HighlightStore.QuoteOver(view, at.Start, at.End) : null,
                    item.CreatedUtc == default ? now : item.CreatedUtc, item.UpdatedUtc == default ? now : item.UpdatedUtc);
                row.Orphaned = place is null;
                if (existing.Any(e => e.Start == row.Start && e.Exact == row.Exact)) { unchanged++; continue; }
                existing.Add(new { row.Start, row.Exact });
                db.Highlights.Add(row);
                imported++;
                if (row.Orphaned) orphaned++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (imported > 0) cache.Changed();
        return new ImportSummary(imported, unchanged, orphaned, missing);
    }

    private static string Cut(string? context, bool fromEnd) =>
        context is null ? "" : context.Length <= HighlightLimits.Context ? context : fromEnd ? context[^HighlightLimits.Context..] : context[..HighlightLimits.Context];
}
