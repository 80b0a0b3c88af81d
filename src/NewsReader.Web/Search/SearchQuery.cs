namespace NewsReader.Web.Search;

/// <summary>
/// A search as the user typed it, read into terms: words, <c>prefix*</c> words, <c>"phrases"</c>, and
/// <c>speaker:</c>, <c>section:</c>, <c>outlet:</c> and <c>author:</c> filters. Anything is accepted: syntax
/// characters are only text, an unbalanced quote runs to the end, and very long input is cut short.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Terms)
{
    public const int MaxLength = 500;
    public const int MaxTerms = 16;

    public static readonly IReadOnlyList<string> Fields = ["speaker", "section", "outlet", "author"];

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var text = (input ?? "").Length > MaxLength ? input![..MaxLength] : input ?? "";
        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;

            string? field = null;
            var colon = FieldEnd(text, i);
            if (colon > i && Fields.Contains(text[i..colon].ToLowerInvariant()))
            {
                field = text[i..colon].ToLowerInvariant();
                i = colon + 1;
                if (i >= text.Length) break;
            }

            string value;
            var phrase = false;
            if (text[i] is '"' or '\u201C' or '\u201D')
            {
                var close = text.IndexOfAny(['"', '\u201C', '\u201D'], i + 1);
                var end = close < 0 ? text.Length : close;
                value = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
                phrase = true;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                value = text[start..i];
            }

            var prefix = !phrase && value.EndsWith('*');
            value = value.Trim().TrimEnd('*');
            if (!value.Any(char.IsLetterOrDigit)) continue;
            terms.Add(new SearchTerm(value, field, prefix, phrase));
        }
        return new SearchQuery(terms);
    }

    private static int FieldEnd(string text, int start)
    {
        for (var i = start; i < text.Length && i - start <= 8; i++)
        {
            if (text[i] == ':') return i;
            if (!char.IsAsciiLetter(text[i])) return -1;
        }
        return -1;
    }

    public override string ToString() => string.Join(' ', Terms);
}

/// <summary>One term of a search: its text, an optional field it is limited to, and whether it is a prefix or a phrase.</summary>
public sealed record SearchTerm(string Text, string? Field, bool IsPrefix, bool IsPhrase)
{
    public override string ToString() =>
        (Field is null ? "" : Field + ":") + (IsPhrase ? $"\"{Text}\"" : Text) + (IsPrefix ? "*" : "");
}
