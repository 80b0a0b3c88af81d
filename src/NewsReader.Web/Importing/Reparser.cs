using Microsoft.EntityFrameworkCore;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Search;

namespace NewsReader.Web.Importing;

/// <summary>
/// Re-runs the current parser over every stored text and rebuilds what is derived from it: listing columns,
/// author and quote rows, and the search index. One transaction per article, so it is safe while the app serves.
/// </summary>
public sealed class Reparser(NewsReaderDb db, ISearchIndex search, Reading.LibraryCache cache)
{
    public sealed record Summary(int Articles, int Changed);

    public async Task<Summary> ReparseAllAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var ids = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var changed = 0;
        var done = 0;
        foreach (var id in ids)
        {
            if (await ReparseAsync(id, cancellationToken)) changed++;
            progress?.Report(++done);
        }
        return new Summary(ids.Count, changed);
    }

    /// <summary>Re-parses one article; true when anything derived from it changed.</summary>
    public async Task<bool> ReparseAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Articles.Include(a => a.Quotes).Include(a => a.AuthorRows).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (stored is null) return false;
        var before = Fingerprint(stored);
        var (articleText, sourceUrl) = ArticleFormats.ToArticleText(ArticleFormats.FromName(stored.Format), stored.Text);
        var article = ArticleParser.Parse(articleText);
        stored.SourceUrl = sourceUrl ?? stored.SourceUrl;
        ArticleProjection.Apply(stored, article);
        if (string.IsNullOrEmpty(stored.Headline)) stored.Headline = stored.SourceName ?? stored.Slug;
        var changed = before != Fingerprint(stored);
        await db.SaveChangesAsync(cancellationToken);
        await search.IndexAsync(db, stored.Id, SearchDocument.From(article), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        cache.Changed();
        return changed;
    }

    private static string Fingerprint(StoredArticle a) => string.Join('\u001F',
        new object?[] { a.Headline, a.Section, a.Outlet, a.Authors, a.PublishedIso, a.Language, a.QuoteCount, a.WordCount }
            .Concat(a.Quotes.OrderBy(q => q.Ordinal).SelectMany(q => new object?[] { q.Speaker, q.Text, q.Cue, q.Kind, q.Block, q.Start, q.Length })));
}
