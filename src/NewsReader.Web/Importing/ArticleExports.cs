using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.Model;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Importing;

/// <summary>
/// Downloads of one article: <c>/articles/{slug}.md</c> (Markdown with YAML front matter, which imports back as the same
/// article) and <c>/articles/{slug}.json</c> (the <c>parse --json</c> shape).
/// </summary>
public static class ArticleExports
{
    public static IEndpointRouteBuilder MapArticleExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{slug}.md", async (string slug, NewsReaderDb db, HighlightStore store, CancellationToken cancellationToken) =>
            await FindAsync(db, slug, cancellationToken) is { } found
                ? Results.File(Encoding.UTF8.GetBytes(ToMarkdown(found.Article, found.Stored.SourceUrl, await HighlightsAsync(db, slug, cancellationToken, store))),
                    "text/markdown; charset=utf-8", slug + ".md")
                : Results.NotFound());
        app.MapGet("/articles/{slug}.json", async (string slug, NewsReaderDb db, CancellationToken cancellationToken) =>
            await FindAsync(db, slug, cancellationToken) is { } found
                ? Results.File(Encoding.UTF8.GetBytes(ArticleJson.From(found.Article, slug + ".json").ToJson()), "application/json; charset=utf-8", slug + ".json")
                : Results.NotFound());
        return app;
    }

    private static async Task<(StoredArticle Stored, Article Article)?> FindAsync(NewsReaderDb db, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200) return null;
        var stored = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return stored is null ? null : (stored, ArticleFormats.Parse(stored.Format, stored.Text));
    }

    /// <summary>Writes every article of the library to <paramref name="folder"/> as <c>slug.md</c> and <c>slug.json</c>.</summary>
    public static async Task<int> ExportAllAsync(NewsReaderDb db, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        long lastId = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(200).ToListAsync(cancellationToken);
            if (batch.Count == 0) return count;
            foreach (var stored in batch)
            {
                var article = ArticleFormats.Parse(stored.Format, stored.Text);
                await File.WriteAllTextAsync(Path.Combine(folder, stored.Slug + ".md"), ToMarkdown(article, stored.SourceUrl, await HighlightsAsync(db, stored.Slug, cancellationToken)), cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(folder, stored.Slug + ".json"), ArticleJson.From(article, stored.Slug + ".md").ToJson(), cancellationToken);
                count++;
                lastId = stored.Id;
            }
        }
    }

    // The article's highlights that stand in its text, in reading order.
    private static async Task<IReadOnlyList<HighlightRow>> HighlightsAsync(NewsReaderDb db, string slug, CancellationToken cancellationToken, HighlightStore? store = null)
    {
        Task<List<HighlightRow>> Read() => HighlightQueries.Rows(db, new HighlightFilter(Article: slug)).ToListAsync(cancellationToken);
        var rows = store is null ? await Read() : await HighlightQueries.CurrentAsync(store, Read, cancellationToken);
        return rows.Where(h => !h.Orphaned).OrderBy(h => h.Start).ToList();
    }

    /// <summary>
    /// The article as Markdown with YAML front matter; importing it gives back the same article. Its highlights are
    /// marked in the text as <c>==words==</c>, each note as a footnote (<c>[^1]</c>, defined at the end), and come back as
    /// highlights when the file is imported. A highlight that spans paragraphs, or whose words the paragraph does not hold
    /// as written (across a quotation mark), is left to the Highlights export.
    /// </summary>
    public static string ToMarkdown(Article article, string? sourceUrl, IReadOnlyList<HighlightRow>? highlights = null)
    {
        var view = highlights is { Count: > 0 } ? ArticleView.Build(article) : null;
        var notes = new List<string>();
        var md = new StringBuilder("---\n");
        Yaml("title", article.Headline?.Value);
        Yaml("section", article.Section?.Value);
        if (article.Authors.Count > 0) md.Append("authors:\n").AppendJoin("", article.Authors.Select(a => $"  - {Quote(a)}\n"));
        Yaml("outlet", article.Byline?.Outlet?.Value ?? (article.Dateline?.Outlet is null ? article.Outlet : null));
        Yaml("published", article.Published?.ToIsoString());
        Yaml("updated", article.Updated?.ToIsoString());
        Yaml("source", sourceUrl);
        Yaml("description", article.Standfirst?.Value);
        Yaml("caption", article.Caption?.Text.Value);
        Yaml("credit", article.Caption?.Credit?.Value);
        Yaml("language", article.Language);
        md.Append("---\n");

        for (var i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            md.Append('\n');
            if (block.Kind == BlockKind.Subheading)
            {
                md.Append("## ").Append(Escape(block.Text)).Append('\n');
                continue;
            }
            var text = ArticleDraft.OneLine(block.Text);
            // The dateline goes back in front of the first paragraph, as the article wrote it.
            var dateline = i == FirstParagraph(article) && article.Dateline is { } d ? ArticleDraft.OneLine(article.Text[d.Span.Start..d.Span.End]) + " " : "";
            md.Append(Escape(dateline));
            AppendMarked(md, text, view?.Blocks[i], highlights, notes);
            md.Append('\n');
        }
        foreach (var code in article.EditorCodes) md.Append('\n').Append(Escape($"({code.Value})")).Append('\n');
        foreach (var related in article.Related) md.Append('\n').Append(Escape("Baca juga: " + related.Value)).Append('\n');
        foreach (var line in article.Trailer) md.Append('\n').Append(Escape(line.Text)).Append('\n');
        for (var n = 0; n < notes.Count; n++)
        {
            // A note of several lines: one paragraph each, indented under the footnote.
            var lines = notes[n].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            md.Append('\n').Append($"[^{n + 1}]: ").Append(Escape(lines[0])).Append('\n');
            foreach (var more in lines.Skip(1)) md.Append("\n    ").Append(Escape(more)).Append('\n');
        }
        return md.ToString();

        void Yaml(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) md.Append(key).Append(": ").Append(Quote(ArticleDraft.OneLine(value))).Append('\n');
        }
    }

    // A paragraph's text with the highlights inside it marked: each found where the paragraph holds its words as written,
    // nearest the place it has in the reader text.
    private static void AppendMarked(StringBuilder md, string text, BlockView? block, IReadOnlyList<HighlightRow>? highlights, List<string> notes)
    {
        if (block is null || highlights is null || block.Segments.Count == 0)
        {
            md.Append(Escape(text));
            return;
        }
        var blockStart = block.Segments[0].Offset;
        var blockEnd = block.Segments[^1].Offset + block.Segments[^1].Text.Length;
        var position = 0;
        foreach (var highlight in highlights)
        {
            if (highlight.Start < blockStart || highlight.End > blockEnd || highlight.Exact.Contains('\n')) continue;
            var at = Nearest(text, highlight.Exact, highlight.Start - blockStart, position);
            if (at < 0) continue;
            md.Append(Escape(text[position..at])).Append("==").Append(Escape(highlight.Exact)).Append("==");
            if (highlight.Note is { } note)
            {
                notes.Add(note);
                md.Append("[^").Append(notes.Count).Append(']');
            }
            position = at + highlight.Exact.Length;
        }
        md.Append(Escape(text[position..]));
    }

    // The occurrence of the words at or after `from` nearest to `expected`, or -1.
    private static int Nearest(string text, string words, int expected, int from)
    {
        var best = -1;
        for (var at = text.IndexOf(words, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
            if (best < 0 || Math.Abs(at - expected) < Math.Abs(best - expected)) best = at;
        return best;
    }

    private static int FirstParagraph(Article article)
    {
        for (var i = 0; i < article.Blocks.Count; i++)
            if (article.Blocks[i].Kind == BlockKind.Paragraph) return i;
        return -1;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Backslash-escapes Markdown syntax so that the text reads back exactly.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '|' or '~' or '!' or '&' or '=') builder.Append('\\');
            builder.Append(c);
        }
        // A line that would start a list, a heading or a thematic break.
        if (builder.Length > 0 && builder[0] is '-' or '+') builder.Insert(0, '\\');
        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits])) digits++;
        if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')') builder.Insert(digits, '\\');
        return builder.ToString();
    }
}
