namespace NewsReader.Web.Reading;

/// <summary>A highlight where it stands in the reader text of the article shown, numbered in reading order.</summary>
public sealed record PlacedHighlight(long Id, int Number, int Start, int End, string Exact, string? Note);
