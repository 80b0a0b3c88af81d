using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Data;

/// <summary>
/// The library's model, shared by both providers, with the app's Data Protection keys (so that every instance on one
/// library reads the others' sign-in cookies and antiforgery tokens). Each provider has its own sealed subclass
/// (<see cref="Sqlite.SqliteNewsReaderDb"/>, <see cref="Postgres.PostgresNewsReaderDb"/>) so that each has its own migrations
/// and snapshot; the app and its pages only know this class.
/// </summary>
public abstract class NewsReaderDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<StoredArticle> Articles => Set<StoredArticle>();
    public DbSet<StoredQuote> Quotes => Set<StoredQuote>();
    public DbSet<StoredAuthor> Authors => Set<StoredAuthor>();
    public DbSet<StoredRevision> Revisions => Set<StoredRevision>();
    public DbSet<StoredHighlight> Highlights => Set<StoredHighlight>();
    public DbSet<StoredFeed> Feeds => Set<StoredFeed>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredArticle>(article =>
        {
            article.ToTable("Articles");
            article.HasIndex(a => a.Sha256).IsUnique();
            article.HasIndex(a => a.Slug).IsUnique();
            article.HasIndex(a => new { a.SortKey, a.Id });
            article.Property(a => a.Slug).HasMaxLength(120);
            article.Property(a => a.Sha256).HasMaxLength(64);
            article.Property(a => a.Headline).HasMaxLength(400);
            article.Property(a => a.Section).HasMaxLength(100);
            article.Property(a => a.Outlet).HasMaxLength(100);
            article.Property(a => a.Language).HasMaxLength(8);
            // Each filter's column leads an index that goes on in library order, so a filtered page is an index range scan.
            article.HasIndex(a => new { a.Section, a.SortKey, a.Id });
            article.HasIndex(a => new { a.Outlet, a.SortKey, a.Id });
            article.HasIndex(a => new { a.Language, a.SortKey, a.Id });
            article.HasIndex(a => new { a.IsRead, a.SortKey, a.Id });
            article.HasIndex(a => new { a.IsStarred, a.SortKey, a.Id });
            article.HasIndex(a => a.SourceUrl);
            article.HasIndex(a => new { a.FeedId, a.SortKey, a.Id });
            article.HasIndex(a => new { a.Outlet, a.Headline, a.PublishedIso });
            article.Property(a => a.Format).HasMaxLength(16);
            article.Property(a => a.SourceUrl).HasMaxLength(2000);
            article.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.AuthorRows).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StoredFeed>(feed =>
        {
            feed.ToTable("Feeds");
            feed.HasIndex(f => f.Url).IsUnique();
            feed.HasIndex(f => f.NextPollUtc);
            feed.HasIndex(f => f.Folder);
            feed.Property(f => f.Url).HasMaxLength(2000);
            feed.Property(f => f.SiteUrl).HasMaxLength(2000);
            feed.Property(f => f.Title).HasMaxLength(400);
            feed.Property(f => f.Folder).HasMaxLength(200);
            feed.Property(f => f.ETag).HasMaxLength(400);
            feed.Property(f => f.LastModified).HasMaxLength(100);
            feed.Property(f => f.LastError).HasMaxLength(2000);
            // Articles.FeedId names the feed without a foreign key: SQLite can add a constraint only by rebuilding the
            // Articles table, so Subscriptions.RemoveAsync clears (or deletes) a removed feed's articles itself.
        });
        modelBuilder.Entity<StoredAuthor>(author =>
        {
            author.ToTable("Authors");
            author.HasIndex(a => new { a.ArticleId, a.Ordinal }).IsUnique();
            author.HasIndex(a => a.Slug);
            author.Property(a => a.Name).HasMaxLength(200);
            author.Property(a => a.Slug).HasMaxLength(200);
        });
        modelBuilder.Entity<StoredRevision>(revision =>
        {
            revision.ToTable("Revisions");
            revision.HasIndex(r => new { r.ArticleId, r.ReplacedUtc });
            revision.Property(r => r.Sha256).HasMaxLength(64);
            revision.Property(r => r.Format).HasMaxLength(16);
            revision.Property(r => r.Headline).HasMaxLength(400);
        });
        modelBuilder.Entity<StoredQuote>(quote =>
        {
            quote.ToTable("Quotes");
            quote.HasIndex(q => new { q.ArticleId, q.Ordinal }).IsUnique();
            quote.HasIndex(q => new { q.SpeakerSlug, q.ArticleId });
            quote.Property(q => q.Speaker).HasMaxLength(200);
            quote.Property(q => q.SpeakerSlug).HasMaxLength(200);
            quote.Property(q => q.SpeakerMention).HasMaxLength(200);
            quote.Property(q => q.Kind).HasMaxLength(16);
            quote.Property(q => q.SpeakerSource).HasMaxLength(24);
        });
        modelBuilder.Entity<StoredHighlight>(highlight =>
        {
            highlight.ToTable("Highlights");
            highlight.HasOne(h => h.Article).WithMany().HasForeignKey(h => h.ArticleId).OnDelete(DeleteBehavior.Cascade);
            highlight.HasIndex(h => new { h.ArticleId, h.Start });
            highlight.HasIndex(h => h.CreatedUtc);
            highlight.Property(h => h.Exact).HasMaxLength(HighlightLimits.MaxExact);
            highlight.Property(h => h.Prefix).HasMaxLength(HighlightLimits.Context);
            highlight.Property(h => h.Suffix).HasMaxLength(HighlightLimits.Context);
            highlight.Property(h => h.Note).HasMaxLength(HighlightLimits.MaxNote);
        });
    }
}
