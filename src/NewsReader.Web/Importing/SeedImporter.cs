using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Web.Data;

namespace NewsReader.Web.Importing;

/// <summary>On the first start, with an empty library, imports every article file in the seeds folder.</summary>
public sealed partial class SeedImporter(IServiceScopeFactory scopes, IOptions<ReaderOptions> options, IWebHostEnvironment environment, ILogger<SeedImporter> logger)
{
    public async Task ImportIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.ImportSeedsOnFirstRun) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDb>();
        if (await db.Articles.AnyAsync(cancellationToken)) return;
        var folder = FindSeedsFolder();
        if (folder is null)
        {
            LogNoSeeds();
            return;
        }
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => Importer.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal))
            await importer.ImportFileAsync(file, cancellationToken: cancellationToken);
    }

    private string? FindSeedsFolder()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SeedsPath))
        {
            var configured = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedsPath));
            return Directory.Exists(configured) ? configured : null;
        }
        // The repository's seeds/ folder, found from the content root (src/NewsReader.Web or the repository root).
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate)) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln"))) break;
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No seeds folder was found; the library starts empty")]
    private partial void LogNoSeeds();
}
