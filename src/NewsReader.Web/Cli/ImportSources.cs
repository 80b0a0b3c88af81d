using Microsoft.Extensions.FileSystemGlobbing;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Cli;

/// <summary>What <c>import</c> was asked to read: a file, standard input (<see cref="Path"/> null), or an error for a path that is not there.</summary>
public sealed record ImportSource(string? Path, string Display, string? Error = null)
{
    public static ImportSource Missing(string display) => new(display, display, "no such file or folder, and no file matches it");
}

public static class ImportSources
{
    /// <summary>Files as given, folders searched recursively, glob patterns matched, and <c>-</c> for standard input; in a stable order.</summary>
    public static IEnumerable<ImportSource> Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new ImportSource(null, "stdin.txt");
            }
            else if (File.Exists(argument))
            {
                yield return new ImportSource(argument, argument);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(IsArticleFile).Order(StringComparer.Ordinal))
                    yield return new ImportSource(file, file);
            }
            else if (argument.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var matches = Glob(argument, workingDirectory).ToList();
                if (matches.Count == 0) yield return ImportSource.Missing(argument);
                foreach (var match in matches) yield return new ImportSource(match, match);
            }
            else
            {
                yield return ImportSource.Missing(argument);
            }
        }
    }

    private static bool IsArticleFile(string path) => Importer.Extensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Matches <c>dir/**/*.md</c> style patterns, relative to the working directory or absolute.</summary>
    private static IEnumerable<string> Glob(string pattern, string workingDirectory)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        var lastSlash = normalized.LastIndexOf('/', firstWildcard);
        var root = lastSlash < 0 ? "." : normalized[..(lastSlash + 1)];
        var rest = lastSlash < 0 ? normalized : normalized[(lastSlash + 1)..];
        var rootPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(workingDirectory, root.Length == 0 ? "/" : root));
        if (!Directory.Exists(rootPath)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(rootPath).Order(StringComparer.Ordinal)
            .Select(full => lastSlash < 0 ? System.IO.Path.GetRelativePath(workingDirectory, full) : root + System.IO.Path.GetRelativePath(rootPath, full));
    }
}
