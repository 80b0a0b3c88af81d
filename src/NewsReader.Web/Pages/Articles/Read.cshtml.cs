using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Articles;

/// <summary>The reader view: the stored text, parsed afresh, with every quote highlighted and attributed.</summary>
public sealed class ReadModel(NewsReaderDb db, TimeProvider clock, LibraryCache cache, HighlightStore highlights) : PageModel
{
    /// <summary>The reading marks of one article, which change without the library changing.</summary>
    public sealed record Marks(bool IsRead, bool IsStarred);

    public sealed record Neighbour(string Slug, string Headline);

    public sealed record Revision(long Id, string Headline, DateTime ImportedUtc, DateTime ReplacedUtc, string? SourceName);

    /// <summary>Everything the page shows that changes only when the library changes; cached per library version.
    /// Its <see cref="StoredArticle.IsRead"/> and <see cref="StoredArticle.IsStarred"/> are not read: see <see cref="Mark"/>.</summary>
    public sealed record Snapshot(StoredArticle Stored, ArticleView View, Neighbour? Next, Neighbour? Previous, IReadOnlyList<Revision> Revisions);

    public IReadOnlyList<Revision> Revisions => Current.Revisions;
    public StoredArticle Stored => Current.Stored;
    public ArticleView View { get; private set; } = null!;
    /// <summary>The next article in the library's order (older).</summary>
    public Neighbour? Next => Current.Next;
    /// <summary>The previous article in the library's order (newer).</summary>
    public Neighbour? Previous => Current.Previous;

    /// <summary>The earlier version being shown, when the address asks for one (<c>?revision=ID</c>).</summary>
    public Revision? ShowingRevision { get; private set; }

    private Snapshot Current { get; set; } = null!;

    /// <summary>Whether the article is read and starred, as it stands (a GET never changes it).</summary>
    public Marks Mark { get; private set; } = new(false, false);

    /// <summary>The article's highlights where they stand in the text shown, and those whose words are gone.</summary>
    public HighlightStore.Placement Highlights { get; private set; } = new([], []);

    /// <summary>Why the last highlight change was refused, when it was.</summary>
    public string? HighlightError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, long? revision, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(slug, cancellationToken)) return NotFound();
        if (revision is { } revisionId)
        {
            var earlier = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == Stored.Id, cancellationToken);
            if (earlier is null) return NotFound();
            ShowingRevision = new Revision(earlier.Id, earlier.Headline, earlier.ImportedUtc, earlier.ReplacedUtc, earlier.SourceName);
            // Highlights belong to the current text: an earlier version is shown without them.
            View = ArticleView.Build(ArticleFormats.Parse(earlier.Format, earlier.Text));
            Highlights = new([], []);
        }
        // Opening an article changes nothing: a link prefetcher must not mark it read. The Mark read button, or the
        // page's script at the end of the article, posts to OnPostRead.
        return Page();
    }

    // Loads the article and places its highlights; false when there is no such article.
    private async Task<bool> ShowAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200) return false;
        var snapshot = await cache.GetAsync("reader:" + slug, () => LoadAsync(slug, cancellationToken));
        if (snapshot is null) return false;
        Current = snapshot;
        View = snapshot.View;
        Mark = await cache.GetAsync(cache.WithMarks("marks:" + snapshot.Stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            () => db.Articles.Where(a => a.Id == snapshot.Stored.Id).Select(a => new Marks(a.IsRead, a.IsStarred)).FirstAsync(cancellationToken));
        Highlights = await highlights.PlaceAsync(Stored.Id, View, cancellationToken);
        return true;
    }

    /// <summary>Highlights the selected words (<paramref name="start"/> to <paramref name="end"/> in the reader text).</summary>
    public Task<IActionResult> OnPostHighlightAsync(string slug, int start, int end, string? exact, string? note, CancellationToken cancellationToken) =>
        ChangeHighlightsAsync(slug, async () => (await highlights.AddAsync(Stored, View, start, end, exact, note, cancellationToken)).Id, cancellationToken);

    /// <summary>Highlights the words of one quote: the button beside each quote, which works without JavaScript.</summary>
    public Task<IActionResult> OnPostHighlightQuoteAsync(string slug, int quote, string? note, CancellationToken cancellationToken) =>
        ChangeHighlightsAsync(slug, async () => (await highlights.AddQuoteAsync(Stored, View, quote, note, cancellationToken)).Id, cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string slug, long id, string? note, CancellationToken cancellationToken) =>
        ChangeHighlightsAsync(slug, async () => await highlights.SetNoteAsync(Stored.Id, id, note, cancellationToken) ? id : null, cancellationToken);

    public Task<IActionResult> OnPostRemoveHighlightAsync(string slug, long id, CancellationToken cancellationToken) =>
        ChangeHighlightsAsync(slug, async () => { await highlights.RemoveAsync(id, Stored.Id, cancellationToken); return null; }, cancellationToken);

    // Runs a change, then goes back to the article (at the highlight it names); a refused change shows the page with the reason.
    private async Task<IActionResult> ChangeHighlightsAsync(string slug, Func<Task<long?>> change, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(slug, cancellationToken)) return NotFound();
        try
        {
            var id = await change();
            return Redirect($"/articles/{Uri.EscapeDataString(slug)}" + (id is { } shown ? $"#highlight-{shown}" : "#highlights-title"));
        }
        catch (HighlightException refused)
        {
            HighlightError = refused.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<Snapshot?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var stored = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (stored is null) return null;
        var view = ArticleView.Build(ArticleFormats.Parse(stored.Format, stored.Text));
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == stored.Id).OrderByDescending(r => r.ReplacedUtc)
            .Select(r => new Revision(r.Id, r.Headline, r.ImportedUtc, r.ReplacedUtc, r.SourceName)).ToListAsync(cancellationToken);
        var key = stored.SortKey;
        var id = stored.Id;
        var next = await db.Articles.AsNoTracking().Where(a => a.SortKey < key || (a.SortKey == key && a.Id < id))
            .OrderByDescending(a => a.SortKey).ThenByDescending(a => a.Id).Select(a => new Neighbour(a.Slug, a.Headline)).FirstOrDefaultAsync(cancellationToken);
        var previous = await db.Articles.AsNoTracking().Where(a => a.SortKey > key || (a.SortKey == key && a.Id > id))
            .OrderBy(a => a.SortKey).ThenBy(a => a.Id).Select(a => new Neighbour(a.Slug, a.Headline)).FirstOrDefaultAsync(cancellationToken);
        return new Snapshot(stored, view, next, previous, revisions);
    }

    public Task<IActionResult> OnPostStarAsync(string slug, CancellationToken cancellationToken) =>
        UpdateAsync(slug, s => s.SetProperty(a => a.IsStarred, true), cancellationToken);

    public Task<IActionResult> OnPostUnstarAsync(string slug, CancellationToken cancellationToken) =>
        UpdateAsync(slug, s => s.SetProperty(a => a.IsStarred, false), cancellationToken);

    /// <summary>Marks the article read: the Mark read button, and the page's script when the reader reaches the end (once a page view).</summary>
    public Task<IActionResult> OnPostReadAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return UpdateAsync(slug, s => s.SetProperty(a => a.IsRead, true).SetProperty(a => a.ReadUtc, now), cancellationToken);
    }

    public Task<IActionResult> OnPostUnreadAsync(string slug, CancellationToken cancellationToken) =>
        UpdateAsync(slug, s => s.SetProperty(a => a.IsRead, false).SetProperty(a => a.ReadUtc, (DateTime?)null), cancellationToken, redirectToLibrary: true);

    private async Task<IActionResult> UpdateAsync(string slug,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<StoredArticle>> setters, CancellationToken cancellationToken, bool redirectToLibrary = false)
    {
        if (slug.Length > 200) return NotFound();
        var updated = await db.Articles.Where(a => a.Slug == slug).ExecuteUpdateAsync(setters, cancellationToken);
        if (updated == 0) return NotFound();
        cache.MarksChanged();
        return redirectToLibrary ? Redirect("/") : Redirect($"/articles/{slug}");
    }

}
