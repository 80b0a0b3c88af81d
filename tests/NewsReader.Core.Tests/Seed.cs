namespace NewsReader.Tests;

/// <summary>Finds files of the repository (the seed article) from the test's output folder.</summary>
internal static class Seed
{
    public const string FileName = "000_252420a67f3c89ef.txt";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Path => System.IO.Path.Combine(RepositoryRoot, "seeds", FileName);

    public static string Text => File.ReadAllText(Path);

    public static string? SharedFolder
    {
        get
        {
            var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsReader.sln was not found above " + AppContext.BaseDirectory);
    }
}
