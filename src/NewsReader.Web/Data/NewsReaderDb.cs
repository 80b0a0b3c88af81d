using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Data;

public sealed class NewsReaderDb(DbContextOptions<NewsReaderDb> options) : DbContext(options)
{
    public DbSet<StoredArticle> Articles => Set<StoredArticle>();
    public DbSet<StoredQuote> Quotes => Set<StoredQuote>();

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
            article.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StoredQuote>(quote =>
        {
            quote.ToTable("Quotes");
            quote.HasIndex(q => new { q.ArticleId, q.Ordinal }).IsUnique();
            quote.HasIndex(q => q.SpeakerSlug);
            quote.Property(q => q.Speaker).HasMaxLength(200);
            quote.Property(q => q.SpeakerSlug).HasMaxLength(200);
            quote.Property(q => q.Kind).HasMaxLength(16);
            quote.Property(q => q.SpeakerSource).HasMaxLength(24);
        });
    }
}
