using System.Collections.Frozen;

namespace NewsReader.Parsing;

/// <summary>News outlets by the spellings they use in bylines and datelines, mapped to one brand name.</summary>
internal static class Outlets
{
    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CNBC Indonesia"] = "CNBC Indonesia", ["CNN Indonesia"] = "CNN Indonesia", ["CNNIndonesia.com"] = "CNN Indonesia",
        ["Kompas.com"] = "Kompas.com", ["Kompas"] = "Kompas", ["Kompas.id"] = "Kompas.id",
        // An outlet that writes its web address as its name ("TEMPO.CO, Jakarta -", "KONTAN.CO.ID - JAKARTA.") is named so,
        // as ANNOTATION.md gives "Kompas.com".
        ["Tempo"] = "Tempo", ["TEMPO.CO"] = "Tempo.co", ["Tempo.co"] = "Tempo.co",
        ["Kontan"] = "Kontan", ["KONTAN.CO.ID"] = "Kontan.co.id", ["Kontan.co.id"] = "Kontan.co.id",
        ["Liputan6.com"] = "Liputan6.com", ["Liputan6"] = "Liputan6.com",
        ["ANTARA"] = "ANTARA", ["Antaranews"] = "ANTARA", ["ANTARA News"] = "ANTARA",
        ["Republika"] = "Republika", ["Republika.co.id"] = "Republika", ["Okezone"] = "Okezone", ["Tribunnews"] = "Tribunnews",
        ["Tribunnews.com"] = "Tribunnews", ["kumparan"] = "kumparan", ["Bisnis.com"] = "Bisnis.com", ["Katadata"] = "Katadata",
        ["Suara.com"] = "Suara.com", ["IDN Times"] = "IDN Times", ["Merdeka.com"] = "Merdeka.com", ["Sindonews"] = "Sindonews",
        ["VIVA"] = "VIVA", ["Beritasatu"] = "Beritasatu", ["The Jakarta Post"] = "The Jakarta Post", ["Jakarta Post"] = "The Jakarta Post",
        ["Reuters"] = "Reuters", ["AP"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP", ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP",
        ["BBC"] = "BBC News", ["BBC News"] = "BBC News", ["BBC Indonesia"] = "BBC News Indonesia", ["BBC News Indonesia"] = "BBC News Indonesia",
        ["The Guardian"] = "The Guardian", ["Guardian"] = "The Guardian", ["The New York Times"] = "The New York Times",
        ["New York Times"] = "The New York Times", ["NYT"] = "The New York Times", ["The Washington Post"] = "The Washington Post",
        ["Washington Post"] = "The Washington Post", ["Bloomberg"] = "Bloomberg", ["CNN"] = "CNN", ["CNBC"] = "CNBC",
        ["Al Jazeera"] = "Al Jazeera", ["VOA"] = "VOA", ["VOA Indonesia"] = "VOA Indonesia", ["Xinhua"] = "Xinhua",
        ["Financial Times"] = "Financial Times", ["The Wall Street Journal"] = "The Wall Street Journal", ["NPR"] = "NPR",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The brand name for <paramref name="name"/>, when it names an outlet.</summary>
    public static string? Recognise(string name) => Recognise(name.AsSpan());

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The brand name for <paramref name="name"/>, when it names an outlet (no string is made to look it up).</summary>
    public static string? Recognise(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim().TrimEnd(".,");
        if (trimmed.Length == 0) return null;
        if (KnownLookup.TryGetValue(trimmed, out var brand)) return brand;
        // "BBC Wales", "BBC Scotland News", "BBC News NI", "BBC Sport", "BBC Verify": BBC's own outlets, as they sign.
        if (trimmed.StartsWith("BBC ", StringComparison.Ordinal) && BbcOutlets.Contains(trimmed[4..].ToString())) return trimmed.ToString();
        if (trimmed.StartsWith("BBC News ", StringComparison.Ordinal) && BbcLanguageServices.Contains(trimmed[9..].ToString())) return "BBC News";
        // detikNews, detikFinance, detikBali, 20detik …
        if (trimmed.StartsWith("detik", StringComparison.OrdinalIgnoreCase) && trimmed.Length <= 20 && !trimmed.Contains(' '))
            return trimmed.Equals("detik.com", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("detikcom", StringComparison.OrdinalIgnoreCase)
                ? "detikcom" : string.Concat("detik", trimmed[5..]);
        return null;
    }

    // BBC's outlets after "BBC " as they sign ("BBC Wales", "BBC Scotland News"); not any two capitalised words ("BBC Chief
    // Resigns", "BBC Director General").
    private static readonly FrozenSet<string> BbcOutlets = new[]
    {
        "Wales", "Wales News", "Scotland", "Scotland News", "News NI", "Northern Ireland", "England", "Sport", "Verify", "World Service",
        "News Online", "Politics", "Newsbeat", "Radio 4", "Radio 5 Live", "Cymru Fyw", "Monitoring",
    }.ToFrozenSet(StringComparer.Ordinal);

    // BBC News's language services, as their writers sign on its pages ("Hoang Minh Chau" over "BBC News Vietnamese"): the
    // outlet is BBC News.
    private static readonly FrozenSet<string> BbcLanguageServices = new[]
    {
        "Vietnamese", "Indonesia", "Arabic", "Persian", "Russian", "Ukrainian", "Chinese", "Mundo", "Brasil", "Hindi", "Urdu", "Thai",
        "Burmese", "Bangla", "Turkish", "Afrique", "Korean", "Japanese",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The brand for an outlet as written, or the text itself when the outlet is not in the table.</summary>
    public static string? Brand(Model.TextField? outlet) => outlet is null ? null : Recognise(outlet.Chars) ?? outlet.Value;

    /// <summary>True for a plausible outlet name that is not in the table: <c>Foo.com</c>, <c>Bar News</c>.</summary>
    public static bool LooksLikeOutlet(string name) => LooksLikeOutlet(name.AsSpan());

    public static bool LooksLikeOutlet(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 40) return false;
        return trimmed.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(".co.id", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith(".id", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" News", StringComparison.Ordinal)
            || trimmed.EndsWith(" Indonesia", StringComparison.Ordinal);
    }
}

/// <summary>News outlets' names as the parser knows them, for the importers.</summary>
public static class OutletNames
{
    /// <summary>The outlet's brand name when <paramref name="name"/> names a news outlet the parser knows ("CNN Indonesia",
    /// "Reuters", "detikNews"), else null.</summary>
    public static string? Brand(string name) => Outlets.Recognise(name);
}
