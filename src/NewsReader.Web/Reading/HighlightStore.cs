using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Reading;

/// <summary>Why a highlight could not be made or changed, in words for the reader.</summary>
public sealed class HighlightException(string message) : Exception(message);

/// <summary>
/// Makes, anchors, changes and removes highlights. Every change bumps the library version, so cached reader pages
/// show it at once.
/// </summary>
public sealed class HighlightStore(NewsReaderDb db, LibraryCache cache, TimeProvider clock)
{
    /// <summary>An article's highlights where they stand in <paramref name="view"/>, and those whose words are gone.</summary>
    public sealed record Placement(IReadOnlyList<PlacedHighlight> Placed, IReadOnlyList<PlacedHighlight> Orphaned)
    {
        /// <summary>Whether any highlight's stored place or state changed in this placement.</summary>
        public bool Changed { get; init; }
    }

    /// <summary>
    /// Finds each of the article's highlights in <paramref name="view"/>'s reader text (after a re-parse or a new revision
    /// their place may have moved), stores where they now stand, and returns them in reading order.
    /// </summary>
    public async Task<Placement> PlaceAsync(long articleId, ArticleView view, CancellationToken cancellationToken)
    {
        var rows = await db.Highlights.Where(h => h.ArticleId == articleId).OrderBy(h => h.Start).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0) return new Placement([], []);
        foreach (var row in rows)
        {
            var anchor = new TextAnchor(row.Start, row.End, row.Exact, row.Prefix, row.Suffix);
            if (anchor.Locate(view.ReaderText) is { } place)
            {
                if (place != (row.Start, row.End))
                {
                    // Keep the words and context the highlight has now, so the next edit is followed from here.
                    var moved = TextAnchor.Of(view.ReaderText, place.Start, place.End);
                    (row.Start, row.End, row.Exact, row.Prefix, row.Suffix) = (moved.Start, moved.End, moved.Exact, moved.Prefix, moved.Suffix);
                }
                row.Orphaned = false;
                row.QuoteNumber = QuoteOver(view, row.Start, row.End);
            }
            else row.Orphaned = true;
        }
        var changed = db.ChangeTracker.HasChanges();
        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken);
            cache.Changed();
        }
        var placed = rows.Where(r => !r.Orphaned).OrderBy(r => r.Start).ThenBy(r => r.Id)
            .Select((r, i) => new PlacedHighlight(r.Id, i + 1, r.Start, r.End, r.Exact, r.Note)).ToList();
        var orphaned = rows.Where(r => r.Orphaned).Select(r => new PlacedHighlight(r.Id, 0, r.Start, r.End, r.Exact, r.Note)).ToList();
        return new Placement(placed, orphaned) { Changed = changed };
    }

    /// <summary>Places the highlights of the given articles again (their text may have been re-parsed or revised since they were shown); true when any moved.</summary>
    public async Task<bool> RefreshAsync(IEnumerable<string> articleSlugs, CancellationToken cancellationToken)
    {
        var slugs = articleSlugs.Distinct().ToList();
        var changed = false;
        foreach (var article in await db.Articles.AsNoTracking().Where(a => slugs.Contains(a.Slug)).ToListAsync(cancellationToken))
            changed |= (await PlaceAsync(article.Id, ArticleView.Build(Importing.Formats.ArticleFormats.Parse(article.Format, article.Text)), cancellationToken)).Changed;
        return changed;
    }

    /// <summary>Highlights [<paramref name="start"/>, <paramref name="end"/>) of the reader text, if it still reads <paramref name="exact"/>.</summary>
    public async Task<StoredHighlight> AddAsync(StoredArticle article, ArticleView view, int start, int end, string? exact, string? note, CancellationToken cancellationToken)
    {
        var text = view.ReaderText;
        if (start < 0 || end > text.Length || end <= start) throw new HighlightException("The selection is not in the article's text.");
        if (end - start > HighlightLimits.MaxExact) throw new HighlightException($"A highlight holds at most {HighlightLimits.MaxExact:N0} characters; select less.");
        var anchor = TextAnchor.Of(text, start, end);
        // The page the selection was made on may be older than the article's text: follow the words, or refuse.
        if (exact is not null && !SameWords(exact, anchor.Exact))
        {
            var stale = new TextAnchor(start, end, exact, "", "");
            anchor = stale.Locate(text) is { } place ? TextAnchor.Of(text, place.Start, place.End)
                : throw new HighlightException("The selected words are no longer in the article; reload the page and select them again.");
        }
        // Whitespace at either end of a selection is no part of the highlight.
        var trimmedStart = anchor.Start;
        var trimmedEnd = anchor.End;
        while (trimmedStart < trimmedEnd && char.IsWhiteSpace(text[trimmedStart])) trimmedStart++;
        while (trimmedEnd > trimmedStart && char.IsWhiteSpace(text[trimmedEnd - 1])) trimmedEnd--;
        if (trimmedEnd == trimmedStart) throw new HighlightException("Select some words to highlight.");
        anchor = TextAnchor.Of(text, trimmedStart, trimmedEnd);
        if (anchor.Exact.Length > HighlightLimits.MaxExact) throw new HighlightException($"A highlight holds at most {HighlightLimits.MaxExact:N0} characters; select less.");
        var now = clock.GetUtcNow().UtcDateTime;
        var row = NewRow(article.Id, anchor, CleanNote(note), QuoteOver(view, anchor.Start, anchor.End), now, now);
        db.Highlights.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        cache.Changed();
        return row;
    }

    /// <summary>Highlights the words of quote <paramref name="number"/> (the reader view's button, which needs no script).</summary>
    public Task<StoredHighlight> AddQuoteAsync(StoredArticle article, ArticleView view, int number, string? note, CancellationToken cancellationToken) =>
        view.QuoteRange(number) is { } range
            ? AddAsync(article, view, range.Start, range.End, null, note, cancellationToken)
            : throw new HighlightException($"The article has no quote {number}.");

    /// <summary>
    /// Highlights the marked words of an imported article (<see cref="Importing.Formats.MarkdownConverter.Marks"/>), each
    /// at its first place after the one before; a highlight already there is not made twice.
    /// </summary>
    public async Task AdoptAsync(StoredArticle article, IReadOnlyList<(string Words, string? Note)> marks, CancellationToken cancellationToken)
    {
        var view = ArticleView.Build(Importing.Formats.ArticleFormats.Parse(article.Format, article.Text));
        var text = view.ReaderText;
        // The highlights already there, where they stand in this text (a revision may have moved them).
        var existing = (await PlaceAsync(article.Id, view, cancellationToken)).Placed.Select(h => new { h.Start, h.Exact }).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var from = 0;
        foreach (var (words, note) in marks)
        {
            var at = text.IndexOf(words, from, StringComparison.Ordinal);
            if (at < 0 || words.Length > HighlightLimits.MaxExact) continue;
            from = at + words.Length;
            if (existing.Any(e => e.Start == at && e.Exact == words)) continue;
            var anchor = TextAnchor.Of(text, at, at + words.Length);
            db.Highlights.Add(NewRow(article.Id, anchor, note is { Length: <= HighlightLimits.MaxNote } ? note : null, QuoteOver(view, anchor.Start, anchor.End), now, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        cache.Changed();
    }

    public async Task<bool> SetNoteAsync(long articleId, long id, string? note, CancellationToken cancellationToken)
    {
        var cleaned = CleanNote(note);
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Highlights.Where(h => h.Id == id && h.ArticleId == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Note, cleaned).SetProperty(h => h.UpdatedUtc, now), cancellationToken);
        if (updated > 0) cache.Changed();
        return updated > 0;
    }

    /// <summary>Removes a highlight; with <paramref name="articleId"/>, only one of that article.</summary>
    public async Task<bool> RemoveAsync(long id, long? articleId, CancellationToken cancellationToken)
    {
        var removed = await db.Highlights.Where(h => h.Id == id && (articleId == null || h.ArticleId == articleId)).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0) cache.Changed();
        return removed > 0;
    }

    // The page's words and the stored text's, compared without the blank lines between paragraphs that a page does not hold.
    private static bool SameWords(string a, string b) =>
        string.Concat(a.Where(c => !char.IsWhiteSpace(c))) == string.Concat(b.Where(c => !char.IsWhiteSpace(c)));

    private static string? CleanNote(string? note)
    {
        var trimmed = note?.Trim().ReplaceLineEndings("\n");
        if (string.IsNullOrEmpty(trimmed)) return null;
        return trimmed.Length <= HighlightLimits.MaxNote ? trimmed
            : throw new HighlightException($"A note holds at most {HighlightLimits.MaxNote:N0} characters; this one has {trimmed.Length:N0}.");
    }

    /// <summary>A new highlight row anchored by <paramref name="anchor"/>.</summary>
    public static StoredHighlight NewRow(long articleId, TextAnchor anchor, string? note, int? quote, DateTime createdUtc, DateTime updatedUtc) => new()
    {
        ArticleId = articleId, Start = anchor.Start, End = anchor.End, Exact = anchor.Exact, Prefix = anchor.Prefix, Suffix = anchor.Suffix,
        Note = note, QuoteNumber = quote, CreatedUtc = createdUtc, UpdatedUtc = updatedUtc,
    };

    /// <summary>The first quote whose words the stretch [<paramref name="start"/>, <paramref name="end"/>) overlaps, for filtering highlights by speaker.</summary>
    public static int? QuoteOver(ArticleView view, int start, int end) =>
        view.Blocks.SelectMany(b => b.Segments).FirstOrDefault(s => s.Quote is not null && start < s.Offset + s.Text.Length && end > s.Offset)?.Quote?.Number;
}
