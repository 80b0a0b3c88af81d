using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Parsing.Attribution;

/// <summary>
/// A word or a punctuation mark of a paragraph. <see cref="Start"/> and <see cref="End"/> are positions in the paragraph's
/// text; <see cref="Key"/> is the word folded for the tables (lower case, no final full stop).
/// </summary>
internal readonly record struct Token
{
    public Token(int start, string text, string key, bool isWord) : this(start, text, key, isWord, ShapeOf(text, key, isWord)) { }

    /// <summary>A word the tokenizer has met before: its shape was read when it was first met.</summary>
    internal Token(int start, Tokenizer.Word word) : this(start, word.Text, word.Key, true, word.Shape) => Tables = word.Tables;

    private Token(int start, string text, string key, bool isWord, TokenShape shape)
    {
        Start = start;
        Text = text;
        Key = key;
        IsWord = isWord;
        this.shape = shape;
    }

    public int Start { get; init; }
    public string Text { get; init; }
    public string Key { get; init; }
    public bool IsWord { get; init; }

    /// <summary>Which phrase tables and word sets hold this word (<see cref="LanguageTables.TryWord"/>).</summary>
    public int Tables { get; init; }

    // The token's shape, read once for each word as printed: the rules ask each token whether it is capitalised, lower
    // case, all capitals, an initial or a stop many times over, and a few questions of its text (a possessive, a user name,
    // a credit rating …) once for each token of a paragraph.
    private readonly TokenShape shape;

    /// <summary>The position after the token: its text is the paragraph's text from <see cref="Start"/>, unchanged.</summary>
    public int End => Start + Text.Length;

    /// <summary>Starts with a capital letter (or is an initial such as <c>M</c>).</summary>
    public bool IsCapitalised => (shape & TokenShape.Capitalised) != 0;

    public bool IsLower => (shape & TokenShape.Lower) != 0;

    /// <summary>Two or more letters, all capitals: <c>BRN</c>, <c>AKBP</c>, <c>PS</c>.</summary>
    public bool IsAllCaps => (shape & TokenShape.AllCaps) != 0;

    /// <summary>A single capital letter, with or without a full stop: <c>M</c>, <c>A.</c>.</summary>
    public bool IsInitial => (shape & TokenShape.Initial) != 0;

    public bool Is(char punctuation) => !IsWord && Text[0] == punctuation;

    /// <summary>Ends a sentence: a full stop, question or exclamation mark.</summary>
    public bool EndsSentence => (shape & TokenShape.EndsSentence) != 0;

    /// <summary>Ends in 's or ’s after two letters or more (<see cref="MentionFinder.IsPossessive"/>).</summary>
    public bool IsPossessive => (shape & TokenShape.Possessive) != 0;

    /// <summary>Has the letters of a user name (<see cref="MentionFinder.IsUserName(string)"/>): <c>acebush1</c>.</summary>
    public bool HasUserNameLetters => (shape & TokenShape.UserName) != 0;

    /// <summary>Opens with "Ex-": <c>Ex-BBC</c>.</summary>
    public bool IsExPrefixed => (shape & TokenShape.ExPrefixed) != 0;

    /// <summary>A credit rating on Moody's scale (<see cref="MentionFinder.IsCreditRating"/>): <c>Baa3</c>.</summary>
    public bool IsCreditRating => (shape & TokenShape.CreditRating) != 0;

    /// <summary>A word said twice with a dash, in any case (<see cref="MentionFinder.IsDoubled"/>): <c>Menteri-menteri</c>.</summary>
    public bool IsDoubled => (shape & TokenShape.Doubled) != 0;

    /// <summary>A word that makes a title another office (<see cref="ArticlePeople.Modifiers"/>): <c>former</c>, <c>wakil</c>.</summary>
    public bool IsModifier => (shape & TokenShape.Modifier) != 0;

    internal static TokenShape ShapeOf(string text, string key, bool isWord)
    {
        if (!isWord) return text[0] is '.' or '!' or '?' or '\u2026' ? TokenShape.EndsSentence : TokenShape.None;
        var shape = LetterShape(text);
        if (MentionFinder.IsPossessive(text)) shape |= TokenShape.Possessive;
        if (MentionFinder.IsUserName(text)) shape |= TokenShape.UserName;
        if (text.StartsWith("Ex-", StringComparison.Ordinal)) shape |= TokenShape.ExPrefixed;
        if (MentionFinder.IsCreditRating(text)) shape |= TokenShape.CreditRating;
        if (MentionFinder.IsDoubled(text)) shape |= TokenShape.Doubled;
        if (Array.IndexOf(ArticlePeople.Modifiers, key) >= 0) shape |= TokenShape.Modifier;
        return shape;
    }

    private static TokenShape LetterShape(string text)
    {
        var shape = TokenShape.None;
        if (char.IsUpper(text[0]))
        {
            shape |= TokenShape.Capitalised;
            if (text.Length == 1 || (text.Length == 2 && text[1] == '.')) shape |= TokenShape.Initial;
        }
        // "Ashraf al-Muzani", "Ahmed el-Tayeb": an Arabic article before a capitalised name is the name's.
        else if (text.Length >= 4 && text[2] == '-' && text[0] is 'a' or 'e' && text[1] == 'l' && char.IsUpper(text[3])) shape |= TokenShape.Capitalised;
        // "Conseil Superieur de l'Audiovisuel", "Valery Giscard d'Estaing": a French article or preposition elided before a
        // capitalised word is that word's.
        else if (text.Length >= 3 && text[0] is 'l' or 'd' && text[1] is '\'' or '\u2019' && char.IsUpper(text[2])) shape |= TokenShape.Capitalised;
        // "eBay", "easyJet", "iTunes": a brand written in lower case with a capital inside is a name, capitalised as names are.
        else if (char.IsLower(text[0]) && IsLowerCamelName(text)) shape |= TokenShape.Capitalised;
        else if (char.IsLower(text[0])) shape |= TokenShape.Lower;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return shape;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2 ? shape | TokenShape.AllCaps : shape;
    }

    // Lower-case letters, then a capital followed by lower-case letters, and letters only: "eBay", "iTunes", "easyJet"; not
    // "mRNA", or a glued "dikutipBloomberg" (which Indonesian splits first).
    private static bool IsLowerCamelName(string text)
    {
        if (text.Length < 4) return false;
        var capital = -1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c) && capital < 0) capital = i;
        }
        // (One letter before the capital only as the web's "e" and "i" write it: not a word run into a stray letter, "aSetia".)
        return capital > 0 && capital <= 4 && capital + 1 < text.Length && char.IsLower(text[capital + 1])
            && (capital >= 3 || capital == 1 && text[0] is 'e' or 'i');
    }

    public override string ToString() => Text;
}

/// <summary>What a token looks like (<see cref="Token.ShapeOf"/>).</summary>
[Flags]
internal enum TokenShape : ushort
{
    None = 0, Capitalised = 1, Lower = 2, AllCaps = 4, Initial = 8, EndsSentence = 16,
    Possessive = 32, UserName = 64, ExPrefixed = 128, CreditRating = 256, Doubled = 512, Modifier = 1024,
}

/// <summary>
/// Splits a paragraph into words and punctuation. Copied pages lose the space where a link was
/// (<c>Kapolres SlemanAKBP Dodi</c>, <c>dikutipBloomberg</c>): a word is split where a lower-case letter meets a capital
/// (or a run of capitals meets a capitalised word) unless the language's tables list it as a joined word.
/// Linear in the paragraph's length.
/// </summary>
internal static class Tokenizer
{
    // One string per punctuation mark of the Latin-1 range, made once.
    private static readonly string[] Symbols = Enumerable.Range(0, 256).Select(c => ((char)c).ToString()).ToArray();

    private static string Symbol(char c) => c < Symbols.Length ? Symbols[c] : c.ToString();

    // Token lists are reused: an article's paragraphs are tokenized, read while its quotes are attributed, then given
    // back (Release), so parsing one article after another allocates them once per thread.
    [ThreadStatic] private static Stack<TokenList>? spare;

    private const int MaxSpareLists = 512;
    private const int MaxSpareCapacity = 4096;

    public static TokenList Split(ReadOnlySpan<char> text, LanguageTables tables)
    {
        var tokens = spare is { Count: > 0 } ? spare.Pop() : new TokenList(Math.Min(text.Length / 5 + 4, MaxSpareCapacity));
        var known = KnownWordsFor(tables);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            // "akun @MenanteaHarapan", "@Im_not_pencil mencuit": a social-media handle is one word, its at sign and all.
            if (c == '@' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(') && HandleEnd(text, i) is var handleEnd and > 0)
            {
                Add(text, i, handleEnd, tables, known, tokens);
                i = handleEnd;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                var symbol = Symbol(text[i]);
                tokens.Add(new Token(i, symbol, symbol, false));
                i++;
                continue;
            }
            var start = i;
            var hasDot = false;
            while (i < text.Length)
            {
                i = AsciiLettersAndDigitsEnd(text, i);
                if (i == text.Length) break;
                var ch = text[i];
                if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                // "S&P", "AT&T": an ampersand between capitals joins one name.
                if (ch == '&' && i > start && char.IsUpper(text[i - 1]) && i + 1 < text.Length && char.IsUpper(text[i + 1])) { i++; continue; }
                // "IM57+ Institute", "OPEC+", "idAA+": a plus closing a capitalised name or a rating is the name's.
                if (ch == '+' && (char.IsUpper(text[i - 1]) || char.IsDigit(text[i - 1])) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]) && text[i + 1] != '+'))
                {
                    i++;
                    break;
                }
                // Joiners inside a word: Perangin-Angin, Jum'at, U.S.A, 5,12.
                if (ch is '-' or '\'' or '\u2019' or '.' or ',' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    && !(ch == ',' && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
                {
                    if (ch == '.')
                    {
                        // "U.S." and "a.m." keep their stops; "sentence.Next" (no space after a stop) is two words.
                        // "Bukalapak.com", "Kompas.com", "Tempo.co.id": a name with its web domain is one word.
                        // "Halo.Bungie.Org", "Amazon.Com": or a site's name, in any case, that ends in one.
                        if (IsDomain(text, i + 1)) { i++; continue; }
                        if (DomainEnd(text, i + 1) is var domainEnd and > 0) { i = domainEnd; continue; }
                        // "peringkat AAA.Langkah Fitch": after a word in capitals too, when a capitalised word follows.
                        if (i - start > 3 || char.IsUpper(text[i + 1]) && i - start > 1
                            && (!char.IsUpper(text[i - 1]) || i + 2 < text.Length && char.IsLower(text[i + 2]))) break;
                        hasDot = true;
                    }
                    i++;
                    continue;
                }
                break;
            }
            var end = i;
            // A stop after an initial ("M."), an abbreviation in the tables ("Mr.", "Prof.") or a dotted word ("U.S."), or a
            // party tag's state ("Mike Johnson, R-La., told reporters", "Pelosi (D-Calif.)"), or a name's "Jr." or "Sr." before a
            // comma or a bracket ("Marcus Bell Jr., a Georgia Democrat, said").
            if (end < text.Length && text[end] == '.' && (end - start == 1 && char.IsUpper(text[start]) || hasDot || IsAbbreviation(text[start..end], tables)
                || end - start <= 7 && ArticlePeople.IsPartyTag(text[start..end])
                || end - start == 2 && text[start..end] is "Jr" or "Sr" && end + 1 < text.Length && text[end + 1] is ',' or ')'
                // "Scranton, Pa., who goes by Bernie", "Acme Inc., the maker": a short capitalised word whose stop a comma
                // follows at once is abbreviated; no sentence ends before a comma.
                || end - start <= 5 && char.IsUpper(text[start]) && end + 1 < text.Length && text[end + 1] == ','
                // "Komite BPH MigasIr. Hasudungan": in Indonesian an abbreviation glued to the word before it keeps its stop too.
                || GluedAbbreviation(text[start..end], tables)))
            {
                end++;
                i = end;
            }
            AddWord(text, start, end, tables, known, tokens);
        }
        return tokens;
    }

    // Where the run of ASCII letters and digits from i ends: read 8 characters at a time while 8 are left, so that a word's
    // end costs a bit count rather than a branch the processor has to guess; the character there is for the caller to read.
    private static int AsciiLettersAndDigitsEnd(ReadOnlySpan<char> text, int i)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        while (i + 8 <= text.Length)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)i);
            var letters = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
            var digits = chars - Vector128.Create((ushort)'0');
            var word = Vector128.LessThan(letters, Vector128.Create((ushort)26)) | Vector128.LessThan(digits, Vector128.Create((ushort)10));
            var other = ~Vector128.ExtractMostSignificantBits(word) & 0xFF;
            if (other != 0) return i + BitOperations.TrailingZeroCount(other);
            i += 8;
        }
        return i;
    }

    // The paragraphs' index arrays (Index) are reused as their token lists are.
    [ThreadStatic] private static Stack<int[]>? spareIndexes;

    /// <summary>
    /// Where the capitalised tokens, the tokens in capitals and the marks are, each in order (<see cref="Paragraph.Capitalised"/>,
    /// <see cref="Paragraph.AllCaps"/>, <see cref="Paragraph.Marks"/>): read in one walk, for the scans that start only at one.
    /// Each list has a third of the array, as long as the tokens; the array is given back by <see cref="Release"/>.
    /// </summary>
    public static (int[] Index, int Capitalised, int AllCaps, int Marks) Index(TokenList tokens)
    {
        var span = tokens.AsSpan();
        var index = spareIndexes is { Count: > 0 } ? spareIndexes.Pop() : null;
        if (index is null || index.Length < 3 * span.Length) index = new int[3 * Math.Max(span.Length, 64)];
        int capitalised = 0, allCaps = span.Length, marks = 2 * span.Length;
        for (var i = 0; i < span.Length; i++)
        {
            ref readonly var token = ref span[i];
            if (token.IsCapitalised) index[capitalised++] = i;
            if (token.IsAllCaps) index[allCaps++] = i;
            if (!token.IsWord) index[marks++] = i;
        }
        return (index, capitalised, allCaps - span.Length, marks - 2 * span.Length);
    }

    // A top-level or second-level domain at i ("com", "co.id", "go.id"), ending the word.
    private static bool IsDomain(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        if (end == i || end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterLower(text[end + 1]) && !IsDomain(text, end + 1)))
            return false;
        return text[i..end] is "com" or "co" or "id" or "net" or "org" or "go" or "ac" or "or" or "tv" or "io" or "uk";
    }

    // Where name segments joined by stops from i end, when they close in a top-level domain, in any case ("Bungie.Org" after
    // "Halo."), or -1: two or three segments, so that a sentence run into the next ("sentence.Next", "profit.Net") never
    // counts.
    private static int DomainEnd(ReadOnlySpan<char> text, int i)
    {
        for (var segments = 0; segments < 3; segments++)
        {
            var end = i;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end == i) return -1;
            if (end < text.Length && text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1])) { i = end + 1; continue; }
            if (end < text.Length && char.IsLetterOrDigit(text[end])) return -1;
            var tld = text[i..end];
            return segments > 0 && (tld.Equals("com", StringComparison.OrdinalIgnoreCase) || tld.Equals("org", StringComparison.OrdinalIgnoreCase)
                || tld.Equals("net", StringComparison.OrdinalIgnoreCase)) ? end : -1;
        }
        return -1;
    }

    /// <summary>Gives back the token lists of an article's paragraphs once nothing reads them any more.</summary>
    public static void Release(List<Paragraph> paragraphs)
    {
        spare ??= new Stack<TokenList>();
        spareIndexes ??= new Stack<int[]>();
        foreach (var paragraph in paragraphs)
        {
            if (spareIndexes.Count < MaxSpareLists && paragraph.Index.Length <= 3 * MaxSpareCapacity) spareIndexes.Push(paragraph.Index);
            if (spare.Count >= MaxSpareLists || paragraph.Tokens.Capacity > MaxSpareCapacity) continue;
            paragraph.Tokens.Clear();
            spare.Push(paragraph.Tokens);
        }
    }

    // Whether the word ends in an abbreviation of the tables glued to a word of lower-case letters ("MigasIr", "KeuanganDr").
    private static bool GluedAbbreviation(ReadOnlySpan<char> word, LanguageTables tables)
    {
        if (!tables.IsIndonesian || word.Length < 5) return false;
        for (var k = word.Length - 1; k >= 3; k--)
            if (char.IsLower(word[k - 1]) && char.IsUpper(word[k])) return IsAbbreviation(word[k..], tables);
        return false;
    }

    /// <summary>Whether a stop after the word belongs to it: an honorific, a rank or a role the tables write short ("Mr.",
    /// "Sen.", "Plt."), a company's form in capitals ("PT."), a name's prefix written short.</summary>
    internal static bool IsAbbreviation(ReadOnlySpan<char> word, LanguageTables tables)
    {
        // "dr. Anak Agung Ayu Candrawati", "drg. Rina", "drh. Ni Luh": Indonesian writes a doctor's, a dentist's and a
        // veterinarian's title in lower case.
        if (word is "dr" or "drg" or "drh") return tables.Honorifics.Contains(word.ToString());
        // "Sp.JP(K)", "Sp.PD": a medical specialist's degree, its field written right after the stop.
        if (word is "Sp") return tables.IsIndonesian;
        if (word.Length > 4 || !char.IsUpper(word[0])) return false;
        var key = LanguageTables.Key(word);
        // Not "says the DJ.", "pihak TNI. Dia mengatakan": an acronym takes no stop of its own, so one after it ends the
        // sentence; a two-letter honorific or rank in capitals keeps its stop ("KH. Ma'ruf Amin", "DR. Rina Indiastuti").
        var acronym = word.Length >= 2 && !word.ContainsAnyInRange('a', 'z');
        // "Director of Research PT. Inovasi Finansial Teknologi": a company's form in capitals ("PT", "CV") opens its name.
        // "Plt. Direktur", "Sen. Smith", not "voting Tory. The newsletter says": a role only when the tables write it short.
        return (tables.Honorifics.Contains(key) || tables.Ranks.Contains(key)) && (!acronym || word.Length == 2) || tables.AbbreviatedRoles.Contains(key) && !acronym
            || acronym && word.Length == 2 && tables.OrganisationHeads.Contains(key) || tables.AbbreviatedNamePrefixes.Contains(key);
    }

    // Where a cue verb ("mengatakan", "menjelaskan") glued to the end of a capitalised word of lower-case letters starts, at
    // least four letters in; 0 when none is. Only "me" is tried as a start, so few words are looked up.
    private static int GluedCueVerb(ReadOnlySpan<char> word, LanguageTables tables)
    {
        for (var k = 1; k < word.Length; k++)
            if (!char.IsAsciiLetterLower(word[k])) return 0;
        for (var p = 4; p + 4 <= word.Length; p++)
            if (word[p] == 'm' && word[p + 1] == 'e' && tables.CueVerbs.Opens(word[p..])) return p;
        return 0;
    }

    // Where a handle that starts at the at sign ends: letters, digits and underscores, at least two, and a dot before a
    // lower-case letter, a digit or an underscore ("@ali.oen", "@sg.investa": Instagram's handles hold dots; "@gudangsaham."
    // ends its sentence, and "@gudangsaham.Kemudian" lost the space after it); 0 when there is none.
    private static int HandleEnd(ReadOnlySpan<char> text, int at)
    {
        var end = at + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'
            || text[end] == '.' && end > at + 1 && end + 1 < text.Length && (char.IsAsciiLetterLower(text[end + 1]) || char.IsAsciiDigit(text[end + 1]) || text[end + 1] == '_'))) end++;
        return end - at >= 3 && char.IsAsciiLetter(text[at + 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end]) && text[end] != '@') ? end : 0;
    }

    private static void AddWord(ReadOnlySpan<char> text, int start, int end, LanguageTables tables, KnownWords known, TokenList tokens)
    {
        var word = text[start..end];
        // "Bahlil Lahadaliamengatakan": copied text that lost the space after a linked name; a verb of speech glued to a
        // capitalised word is a word of its own.
        if (tables.IsIndonesian && word.Length >= 9 && char.IsUpper(word[0]) && GluedCueVerb(word, tables) is var verb and > 0)
        {
            AddWord(text, start, start + verb, tables, known, tokens);
            AddWord(text, start + verb, end, tables, known, tokens);
            return;
        }
        var segment = 0;
        // Only a word with a capital after its first letters can be two glued words; the joined-word check costs a string. Only
        // Indonesian copies lose the space where a link was; in English such a word is a brand's name ("SonyBMG", "AllThingsD").
        if (tables.IsIndonesian && word.Length >= 5 && word[2..].IndexOfAnyInRange('A', 'Z') >= 0 && !tables.IsJoinedWord(word.ToString().ToLowerInvariant()))
        {
            for (var k = 2; k < word.Length; k++)
            {
                // "KeuanganSri", "SlemanAKBP" split; "SpaceX" does not (one capital letter is no word of its own). "diGoalpost",
                // "keJakarta": "di" or "ke" glued to the capitalised word after it splits too.
                var lowerThenUpper = char.IsLower(word[k - 1]) && char.IsUpper(word[k]) && k + 1 < word.Length
                    && (k - segment >= 3 || k == 2 && segment == 0 && word[..2] is "di" or "ke" && char.IsLower(word[k + 1]));
                var capsThenWord = char.IsUpper(word[k - 1]) && char.IsUpper(word[k]) && k + 1 < word.Length && char.IsLower(word[k + 1])
                    && k - segment >= 2 && IsAllUpper(word[segment..k])
                    // Not "ARBnya", "OJKnya": an acronym with "-nya" glued on is one word.
                    && !word[(k + 1)..].SequenceEqual("nya");
                if (!lowerThenUpper && !capsThenWord) continue;
                Add(text, start + segment, start + k, tables, known, tokens);
                segment = k;
            }
            // "ditemuidetikJatengdi rumahnya": a detik channel's name glued to the "di" after it.
            if (segment >= 5 && tables.IsIndonesian && word[..segment].EndsWith("detik") && word.Length - segment >= 6 && word.EndsWith("di")
                && IsAllLower(word[(segment + 1)..]))
            {
                Add(text, start + segment, end - 2, tables, known, tokens);
                Add(text, end - 2, end, tables, known, tokens);
                return;
            }
        }
        Add(text, start + segment, end, tables, known, tokens);
    }

    private static bool IsAllLower(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, LanguageTables tables, KnownWords known, TokenList tokens)
    {
        var span = text[start..end];
        if (!known.TryGetValue(text, start, end, out var word))
        {
            word = Fold(span, tables);
            known.Add(span, word);
        }
        tokens.Add(new Token(start, word));
    }

    // A word as printed, its key, the tables that hold the key and its shape.
    internal readonly record struct Word(string Text, string Key, int Tables)
    {
        public TokenShape Shape { get; } = Token.ShapeOf(Text, Key, isWord: true);
    }

    // The words of each language this thread has tokenized (KnownWords).
    [ThreadStatic] private static Dictionary<LanguageTables, KnownWords>? knownWords;

    private static KnownWords KnownWordsFor(LanguageTables tables)
    {
        knownWords ??= [];
        if (!knownWords.TryGetValue(tables, out var known)) knownWords[tables] = known = new KnownWords();
        return known;
    }

    private static Word Fold(ReadOnlySpan<char> span, LanguageTables tables)
    {
        var keyLength = span.Length > 1 && span[^1] == '.' ? span.Length - 1 : span.Length;
        var folded = keyLength == span.Length && IsFolded(span);
        string key;
        int bits;
        if (folded)
        {
            // Most words are known and already folded: the tables' string serves as the word and its key.
            if (!tables.TryWord(span, out key, out bits)) key = span.ToString();
            return new Word(key, key, bits);
        }
        Span<char> lower = keyLength <= 64 ? stackalloc char[keyLength] : new char[keyLength];
        span[..keyLength].ToLowerInvariant(lower);
        if (!tables.TryWord(lower, out key, out bits)) key = lower.ToString();
        return new Word(span.ToString(), key, bits);
    }

    private static bool IsFolded(ReadOnlySpan<char> word)
    {
        if (word.ContainsAnyInRange('A', 'Z')) return false;
        foreach (var c in word)
            if (c > '\u007F' && char.IsUpper(c)) return false;
        return true;
    }
}
