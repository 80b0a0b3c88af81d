using Microsoft.Extensions.FileSystemGlobbing;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Cli;

public static class ImportSources
{
    /// <summary>
    /// What <c>import</c> was asked to read, as the importer's inputs: files as given, folders searched recursively, glob
    /// patterns matched, and <c>-</c> for standard input, in a stable order; a path that is not there becomes a failed input.
    /// </summary>
    public static IEnumerable<ImportInput> Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return ImportInput.FromStream("stdin.txt", Console.OpenStandardInput());
            }
            else if (File.Exists(argument))
            {
                yield return ImportInput.FromFile(argument, argument);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(IsArticleFile).Order(StringComparer.Ordinal))
                    yield return ImportInput.FromFile(file, file);
            }
            else if (argument.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var matches = Glob(argument, workingDirectory).ToList();
                if (matches.Count == 0) yield return Missing(argument);
                foreach (var match in matches) yield return ImportInput.FromFile(match, match);
            }
            else
            {
                yield return Missing(argument);
            }
        }
    }

    private static ImportInput Missing(string argument) => ImportInput.Failed(argument, "no such file or folder, and no file matches it");

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
