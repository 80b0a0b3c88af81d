namespace NewsReader.Parsing.Attribution;

/// <summary>
/// Finds the people, organisations and roles a paragraph names. A mention is a run of capitalised words (with name
/// particles, a bracketed acronym or nickname, and a lower-case role just before it); each word of the run is classed
/// from the language's tables (rank, role, honorific, organisation, place, common word, initial, name) and the person's
/// name is the run's last stretch of name words: <c>Kapolres Sleman AKBP Dodi Setiawan</c> gives the role
/// <c>Kapolres Sleman AKBP</c> and the name <c>Dodi Setiawan</c>.
/// </summary>
internal sealed class MentionFinder(LanguageTables tables, IReadOnlySet<string> articlePlaces)
{
    private enum Class { Name, Initial, Common, Role, Rank, Honorific, Organisation, Acronym, Place, NotSpeaker, Particle, Punctuation, Opener }

    private const int MaxNameWords = 5;

    // Whether the words in [from, end) of the run classified from start close with a name of two words or more right after a
    // title, rank or honorific ("Menteri Keuangan Sri Mulyani Indrawati"), none of them a word the article writes in an
    // organisation's name ("Profesor Johns Hopkins itu" after "Universitas Johns Hopkins").
    private bool TitledName(TokenList tokens, Class[] classes, int start, int from, int end)
    {
        var k = end;
        while (k > from && classes[k - 1 - start] == Class.Name && !articleOrganisationWords.Contains(tokens[k - 1].Key)) k--;
        return end - k >= 2 && k > from && classes[k - 1 - start] is Class.Role or Class.Rank or Class.Honorific;
    }

    /// <summary>
    /// Places the article names after a place word ("di Bekasi", "Kota Malang"), so that they are never taken for names.
    /// A word the article also writes alone right before a verb of speech is not one: "a stake in Southcorp" and "Southcorp
    /// said" name a company that speaks (not "Sekretariat DPRD (Setwan) Bantaeng mengaku", the place of an office).
    /// </summary>
    public static HashSet<string> FindPlaces(List<Paragraph> paragraphs, LanguageTables tables)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? speakers = null, secondWords = null;
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            // Each rule below reads a capitalised word, at i or right after it: only those places are read, each once.
            var read = -1;
            foreach (var capitalised in paragraph.Capitalised)
            for (var i = Math.Max(capitalised - 1, read + 1); i <= capitalised && i + 1 < tokens.Count; i++)
            {
                read = i;
                if (!tokens[i].IsWord) continue;
                // "Rofyanto mengatakan", and '"…," kata Rofyanto': a word that speaks is nobody's place ("Kembali ke Rofyanto").
                // (Not "Petani rumput laut di Pangkep mengeluhkan …": after a place's marker the word is the place.)
                if (tokens[i].IsCapitalised && ((i == 0 || tokens[i - 1].EndsSentence || tokens[i - 1].IsWord && tokens[i - 1].IsLower && !tables.PlaceMarkers.Contains(tokens[i - 1]) && !SettlementOf(tokens, i - 1, tables))
                        && tokens[i + 1].IsLower && tables.CueVerbs.Match(tokens, i + 1, tokens.Count) > 0
                    || i > 1 && tokens[i - 1].IsLower && tables.CueVerbs.Match(tokens, i - 1, i) > 0 && tokens[i - 2].Text is "," or "\"" or "\u201D"))
                    (speakers ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[i].Key);
                // "from Scranton, Pa., who …", "in Tupelo, Miss.": in English a town before a state written short with its stop, as AP
                // writes it; the state too, where its short form is no word or title ("Miss.", "Ill.", "La." are).
                if (tables.IsEnglish && tokens[i].IsCapitalised && i + 2 < tokens.Count && tokens[i + 1].Is(',') && (i == 0 || !tokens[i - 1].IsCapitalised)
                    && (tokens[i + 2].Text.EndsWith('.') || i + 3 < tokens.Count && tokens[i + 3].Is('.'))
                    && tables.UsStateAbbreviations.TryGetValue(tokens[i + 2].Key, out var stateIsWord))
                {
                    places.Add(tokens[i].Key);
                    if (!stateIsWord) places.Add(tokens[i + 2].Key);
                }
                if (!tables.PlaceMarkers.Contains(tokens[i]) && !SettlementOf(tokens, i, tables) || InRole(tokens, i, tables)) continue;
                var next = tokens[i + 1];
                if (!next.IsCapitalised || next.IsInitial || IsTitle(tokens, i + 1, tables)) continue;
                // Not "pressed near Rebecca Alvarez": a known given name there opens a person's name; in English after any marker
                // when a capitalised word follows it and it is no place the tables know ("in Gerald Mbeki's house"; not "in
                // Victoria Street").
                if (tables.IsGivenName(next.Text) && (tokens[i].Key is "near" or "pasar" || tables.IsEnglish && i + 2 < tokens.Count && tokens[i + 2].IsCapitalised
                    && tokens[i + 2].IsWord && !tables.Places.Contains(next.Key) && tables.Places.Match(tokens, i + 2, tokens.Count) == 0)) continue;
                places.Add(next.Key);
                // "Kabupaten Ogan Ilir,", "Kota Tanjung Pinang yang": a region's name of two words, when nothing capitalised follows.
                if (i + 3 <= tokens.Count && tokens[i].IsCapitalised && tokens[i].Key is not ("di" or "ke" or "warga" or "asal") && tokens[i + 2].IsCapitalised
                    && !tokens[i + 2].IsInitial && !IsTitle(tokens, i + 2, tables) && !tables.IsGivenName(tokens[i + 2].Text)
                    && (i + 3 == tokens.Count || !tokens[i + 3].IsCapitalised))
                    (secondWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[i + 2].Key);
            }
        }
        // Not "Desa Tanjung Sari" beside "Sari Handayani (38)": a word that opens a name of its own elsewhere.
        if (secondWords is not null)
        {
            foreach (var paragraph in paragraphs)
            {
                var tokens = paragraph.Tokens;
                foreach (var i in paragraph.Capitalised)
                    if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && (i == 0 || !tokens[i - 1].IsCapitalised)) secondWords.Remove(tokens[i].Key);
            }
            places.UnionWith(secondWords);
        }
        if (speakers is not null) places.ExceptWith(speakers);
        if (places.Count > 0) RemoveSurnames(paragraphs, places, tables);
        return places;
    }

    // "an outstanding manager in Jose Mourinho" and "but in Mourinho they have a manager": a word the article writes after a
    // known given name that opens a name is that person's surname, not a place.
    private static void RemoveSurnames(List<Paragraph> paragraphs, HashSet<string> places, LanguageTables tables)
    {
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            // The word's letters are hashed only after a capitalised word that opens the run: most capitalised words follow none.
            foreach (var i in paragraph.Capitalised)
                if (i > 0 && tokens[i - 1].IsCapitalised && !tokens[i - 1].IsInitial && (i == 1 || !tokens[i - 2].IsCapitalised)
                    && places.Contains(tokens[i].Key) && tables.IsGivenName(tokens[i - 1].Text))
                    places.Remove(tokens[i].Key);
        }
    }

    // "Wali Kota Arief Wismansyah": the marker is the last word of a role, and the name after it no place.
    private static bool InRole(TokenList tokens, int i, LanguageTables tables)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            if (tables.Roles.Match(tokens, j, tokens.Count) > i - j) return true;
        return false;
    }

    // Where a state's body of [state-bodies] ends that opens at i: "the" (optional), a country's possessive ("China's") or a
    // people's adjective ("Chinese"), at most two words in lower case ("foreign"), then the body; not when a title or a name
    // follows ("Chinese foreign ministry spokesman Lin Jian": the spokesman speaks). -1 when none does; country is where the
    // country's word is.
    private int StateBodyEnd(TokenList tokens, int i, out int country)
    {
        country = i;
        // The country's word is capitalised, at i or after "the": most words are asked, and their letters are read only then.
        if (!tokens[i].IsCapitalised && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalised)) return -1;
        if (tokens[i].Key == "the" && i + 1 < tokens.Count) country = i + 1;
        var word = tokens[country];
        if (!word.IsCapitalised || !word.IsWord) return -1;
        // The body first: most capitalised words have none after them, and the country's possessive costs a string.
        for (var k = country + 1; k < tokens.Count && k <= country + 3 && tokens[k].IsWord && tokens[k].IsLower; k++)
        {
            var body = tables.StateBodies.Match(tokens, k, tokens.Count);
            if (body == 0) continue;
            var end = k + body;
            if (end < tokens.Count && (tokens[end].IsCapitalised || tables.Roles.Match(tokens, end, tokens.Count) > 0 || tables.PersonNouns.Contains(tokens[end].Key)
                || tables.StateBodies.Match(tokens, end, tokens.Count) > 0)) return -1;
            // "The Michoacan state agriculture ministry said": a region's name before the level of its government.
            return word.IsPossessive && tables.Places.Contains(OwnerKey(word)) || tables.Demonyms.Contains(word.Key) || word.Key is "u.s." or "us" or "french" or "german" or "saudi"
                || !word.IsPossessive && tokens[country + 1].Key is "state" or "provincial" or "regional" or "municipal" or "county" && !tables.IsGivenName(word.Text)
                ? end : -1;
        }
        return -1;
    }

    // "near the village of Roddi", "the town of Hexley": in English "of" after a lower-case noun for a settlement or a region
    // marks a place, as "in" does.
    private static bool SettlementOf(TokenList tokens, int i, LanguageTables tables) =>
        tables.IsEnglish && i > 0 && tokens[i].Key == "of" && tokens[i].IsLower && tokens[i - 1].IsLower
            && tokens[i - 1].Key is "village" or "town" or "city" or "hamlet" or "county" or "province" or "region" or "district" or "island"
                or "port" or "municipality" or "suburb" or "borough" or "parish" or "state";

    /// <summary>
    /// "German", "Japanese", "French", "US": a capitalised word for a country or its people, which before a lower-case noun is
    /// an adjective ("the German carmaker"). Words for a people that are also surnames ("German", "French", "English",
    /// "Welsh") count only after "the" (not "English also said …", Bill English).
    /// </summary>
    internal static bool IsCountryWord(LanguageTables tables, Token token, bool afterThe) =>
        token.IsCapitalised && (tables.Demonyms.Contains(token.Key) || token.Key is "us" or "u.s." or "uk" or "eu"
            || afterThe && (tables.SurnameDemonyms.Contains(token.Key) || token.Key is "french" or "english" or "welsh"));

    private static bool IsTitle(TokenList tokens, int i, LanguageTables tables) =>
        tables.Roles.Match(tokens, i, tokens.Count) > 0 || tables.Ranks.Match(tokens, i, tokens.Count) > 0
        || tables.Honorifics.Match(tokens, i, tokens.Count) > 0 || tables.OrganisationHeads.Match(tokens, i, tokens.Count) > 0
        || tables.AliasWords.Contains(tokens[i]) || tables.NamePrefixes.Contains(tokens[i]);

    public void Find(Paragraph paragraph, List<Mention> mentions)
    {
        var first = mentions.Count;
        FindRuns(paragraph, mentions);
        JoinQuotedNicknames(paragraph, mentions, first);
        if (tables.ListedNames.Count > 0) JoinListedNames(paragraph, mentions, first);
        if (!tables.IsEnglish) return;
        for (var m = first; m < mentions.Count; m++)
            if (mentions[m] is { Kind: MentionKind.Person, Name: [_, .., { Length: >= 3 } surname] } && tables.Common.Contains(LanguageTables.Key(surname)))
                (surnamesThatAreWords ??= new(StringComparer.Ordinal)).Add(LanguageTables.Key(surname));
    }

    // The last words of people named so far in full that are also ordinary words ("Hung" of "Nguyen Van Hung", "White" of
    // "Jimmy White"): alone before a verb of speech, they name that person ("Gold said:", "Hung, however, said …"; not "Gold
    // has risen").
    private HashSet<string>? surnamesThatAreWords;

    private bool IsNamedSurname(TokenList tokens, int k)
    {
        if (surnamesThatAreWords is not { } named || !named.Contains(tokens[k].Key) || k + 1 >= tokens.Count) return false;
        if (tokens[k + 1].IsLower && tables.CueVerbs.Match(tokens, k + 1, tokens.Count) > 0) return true;
        // "Hung, however, said": a verb of speech after a word or two set off by commas (not "Young, working-class men have …").
        if (!tokens[k + 1].Is(',')) return false;
        for (var j = k + 2; j < tokens.Count && j <= k + 4; j++)
            if (tokens[j].Is(',')) return j + 1 < tokens.Count && tokens[j + 1].IsLower && tables.CueVerbs.Match(tokens, j + 1, tokens.Count) > 0;
        return false;
    }

    // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "the Department for Environment, Food and Rural Affairs": a
    // well-known body's full name ([organisation-aliases]) written with commas between its words is one organisation, named
    // with its commas, not a list whose last item speaks ("Geofisika").
    private void JoinListedNames(Paragraph paragraph, List<Mention> mentions, int first)
    {
        var tokens = paragraph.Tokens;
        var next = 0; // past the name joined last
        foreach (var i in paragraph.Capitalised)
        {
            if (i < next || paragraph.InQuote[i] || !tables.ListedNames.TryGetValue(tokens[i].Key, out var names)) continue;
            foreach (var name in names)
            {
                var j = i;
                var w = 0;
                var commas = false;
                while (w < name.Length && j < tokens.Count)
                {
                    if (tokens[j].Is(',') && w > 0) { commas = true; j++; continue; }
                    if (tokens[j].Key != name[w]) break;
                    w++;
                    j++;
                }
                if (w < name.Length || !commas) continue;
                // Not when the finder read the name in its run already ("Kepala Badan Meteorologi, Klimatologi, dan Geofisika
                // (BMKG) Dwikorita Karnawati": the head of the body is named after it).
                var covered = false;
                for (var m = first; m < mentions.Count && !covered; m++) covered = mentions[m].First <= i && mentions[m].End >= j;
                if (covered) break;
                var words = new string[name.Length];
                for (int k = i, n = 0; k < j; k++)
                    if (tokens[k].Is(',')) words[n - 1] += ",";
                    else words[n++] = tokens[k].Text;
                var at = first;
                while (at < mentions.Count && mentions[at].End <= i) at++;
                var removed = 0;
                while (at + removed < mentions.Count && mentions[at + removed].First < j) removed++;
                mentions.RemoveRange(at, removed);
                var bracketed = j + 2 < tokens.Count && tokens[j].Is('(') && tokens[j + 2].Is(')') && tokens[j + 1].IsAllCaps ? tokens[j + 1].Text : null;
                mentions.Insert(at, new Mention
                {
                    Block = paragraph.Block, First = i, NameFirst = i, End = j, Position = paragraph.Offset + tokens[i].Start,
                    Kind = MentionKind.Organisation, Name = words, Surface = string.Join(' ', words), Bracketed = bracketed,
                });
                next = j;
                break;
            }
        }
    }

    // "Munafri 'Appi' Arifuddin", 'Antonio "LA" Reid': a nickname in quotation marks inside a name. The person is the name
    // without it, and the nickname, which the article then uses alone ("ujar Appi"), is their alias. One or two capitalised
    // words, whatever the finder made of them ("Brian 'Head' Welch": a title's word).
    private void JoinQuotedNicknames(Paragraph paragraph, List<Mention> mentions, int first)
    {
        var tokens = paragraph.Tokens;
        for (var m = first; m + 1 < mentions.Count; m++)
        {
            var given = mentions[m];
            var open = given.End;
            if (given.Kind != MentionKind.Person || open + 3 >= tokens.Count || tokens[open].Text is not ("'" or "\u2018" or "\"" or "\u201C")) continue;
            var close = open + 1;
            while (close < tokens.Count && close - open <= 3 && tokens[close].IsCapitalised) close++;
            if (close == open + 1 || close - open > 3 || close + 1 >= tokens.Count || tokens[close].Text is not ("'" or "\u2019" or "\"" or "\u201D")) continue;
            var f = m + 1;
            while (f < mentions.Count && mentions[f].End <= close) f++;
            if (f == mentions.Count || mentions[f] is not { Kind: MentionKind.Person, Role: null } family || family.First != close + 1) continue;
            var nickname = Join(tables, tokens, open + 1, close);
            mentions[m] = new Mention
            {
                Block = given.Block, First = given.First, NameFirst = given.NameFirst, End = family.End, Position = given.Position,
                Kind = MentionKind.Person, Name = [.. given.Name, .. family.Name], Surface = given.Surface + " '" + nickname + "' " + family.Surface,
                Role = given.Role, RoleKey = given.RoleKey, Bracketed = nickname, Gender = given.Gender, Before = given.Before,
            };
            mentions.RemoveRange(m + 1, f - m);
        }
    }

    // A user name: at least three lower-case ASCII letters, then letters, digits and underscores with a digit among them
    // ("acebush1", "budi_88"); not a code that starts with a letter or two ("h5n1", "mp3", "b2b").
    private static bool IsUserName(Token token) => token.IsWord && token.IsLower && token.HasUserNameLetters;

    public static bool IsUserName(string text)
    {
        // Most words hold no digit: one vectorised search rules them out.
        if (text.Length < 4 || text.Length > 30 || text.AsSpan().IndexOfAnyInRange('0', '9') < 3) return false;
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetterLower(text[letters])) letters++;
        if (letters < 3 || letters == text.Length || !char.IsAsciiDigit(text[letters]) && text[letters] != '_') return false;
        var digit = false;
        for (var k = letters; k < text.Length; k++)
        {
            if (char.IsAsciiDigit(text[k])) digit = true;
            else if (!char.IsAsciiLetterLower(text[k]) && text[k] != '_') return false;
        }
        return digit;
    }

    private void FindRuns(Paragraph paragraph, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.Text;
        var i = 0;
        while (i < tokens.Count)
        {
            // "kata akun @MenanteaHarapan": a social-media handle names its account's owner.
            if (!paragraph.InQuote[i] && text[tokens[i].Start] == '@' && tokens[i].Text.Length > 2)
            {
                mentions.Add(new Mention
                {
                    Block = paragraph.Block, First = i, NameFirst = i, End = i + 1, Position = paragraph.Offset + tokens[i].Start,
                    Kind = MentionKind.Person, Name = [tokens[i].Text], Surface = tokens[i].Text,
                });
                i++;
                continue;
            }
            // "acebush1 wrote", "In May, acebush1 posted a photo": in English a user name in lower case with a digit in it (a
            // forum's or a social network's, written without its at sign) names its account's owner, as the subject of a verb
            // of speech, an auxiliary or a verb in the past ("acebush1 made another post"; not "the html5 standard", "covid19
            // cases").
            if (tables.IsEnglish && !paragraph.InQuote[i] && IsUserName(tokens[i]) && i + 1 < tokens.Count && tokens[i + 1].IsLower
                && (tables.CueVerbs.Match(tokens, i + 1, tokens.Count) > 0 || tables.AuxiliaryVerbs.Contains(tokens[i + 1].Key)
                    || tokens[i + 1].Key is "made" || tokens[i + 1].Key.EndsWith("ed", StringComparison.Ordinal)))
            {
                mentions.Add(new Mention
                {
                    Block = paragraph.Block, First = i, NameFirst = i, End = i + 1, Position = paragraph.Offset + tokens[i].Start,
                    Kind = MentionKind.Person, Name = [tokens[i].Text], Surface = tokens[i].Text,
                });
                i++;
                continue;
            }
            // "China's foreign ministry said", "The Chinese defence ministry said": in English a state's body after its country's
            // possessive or its people's adjective speaks as written.
            if (tables.IsEnglish && !paragraph.InQuote[i] && StateBodyEnd(tokens, i, out var country) is var bodyEnd and > 0)
            {
                var words = new string[bodyEnd - country];
                for (var w = country; w < bodyEnd; w++) words[w - country] = tokens[w].Text;
                mentions.Add(new Mention
                {
                    Block = paragraph.Block, First = i, NameFirst = country, End = bodyEnd, Position = paragraph.Offset + tokens[i].Start,
                    Kind = MentionKind.Organisation, Name = words, Surface = string.Join(' ', words),
                });
                i = bodyEnd;
                continue;
            }
            // "Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk": in English "Ex-" and a name before a lower-case
            // title is where someone used to work, part of the title, not a name of its own.
            if (tables.IsEnglish && !paragraph.InQuote[i] && tokens[i].IsExPrefixed && i + 1 < tokens.Count
                && tokens[i + 1].IsWord && tokens[i + 1].IsLower)
            {
                i++;
                continue;
            }
            // "Juice maker Citrosul said", "Toy maker Hasbro": in English a capitalised word that opens the sentence before a
            // lower-case noun for a company ([outlet-nouns] "+company") and a name is what the company makes or does, no name.
            if (tables.IsEnglish && !paragraph.InQuote[i] && tokens[i].IsCapitalised && !tokens[i].IsAllCaps && i + 2 < tokens.Count
                && tokens[i + 1].IsWord && tokens[i + 1].IsLower && tokens[i + 2].IsCapitalised && paragraph.StartsSentence(i)
                && tables.OutletNouns.Match(tokens, i + 1, i + 2, out var business) == 1 && business == "company")
            {
                i++;
                continue;
            }
            // "Kuasa hukum terdakwa, Yosua Parlindungan Simatupang, menyatakan …": a title of lower-case words that opens the
            // sentence, its first word capitalised there.
            if (!paragraph.InQuote[i] && tokens[i].IsCapitalised && !tokens[i].IsAllCaps && i + 1 < tokens.Count && tokens[i + 1].IsLower && paragraph.StartsSentence(i)
                && tables.Roles.Match(tokens, i, tokens.Count) is var openingTitle and >= 2 && QuoteAttributor.AllLower(tokens, i + 1, i + openingTitle)
                && (i + openingTitle >= tokens.Count || !StartsRun(tokens[i + openingTitle]) || paragraph.InQuote[i + openingTitle]))
            {
                // (With its field's lower-case words before a comma and the name: "Kuasa hukum terdakwa, Yosua …,".)
                // (Not over a verb of speech: "Kuasa hukum terdakwa menyatakan, "…"".)
                var titleEnd = i + openingTitle;
                while (titleEnd < i + openingTitle + 2 && titleEnd < tokens.Count && tokens[titleEnd].IsWord && tokens[titleEnd].IsLower && !paragraph.InQuote[titleEnd]
                    && tables.CueVerbs.Match(tokens, titleEnd, titleEnd + 1) == 0) titleEnd++;
                if (titleEnd + 1 >= tokens.Count || !tokens[titleEnd].Is(',') || !tokens[titleEnd + 1].IsCapitalised) titleEnd = i + openingTitle;
                mentions.Add(RoleMention(paragraph, i, titleEnd));
                i = titleEnd;
                continue;
            }
            if (paragraph.InQuote[i] || !StartsRun(tokens[i]) || IsCurrency(tokens, i))
            {
                // A lower-case role on its own: "kata menteri itu", "the minister said"; "the assistant coroner", "the deputy
                // governor": with a word that makes it another office before it.
                var roleLength = paragraph.InQuote[i] ? 0 : LowerRole(tokens, i);
                if (roleLength == 0 && !paragraph.InQuote[i] && tables.IsEnglish && tokens[i].IsLower && i + 1 < tokens.Count && !paragraph.InQuote[i + 1]
                    && tokens[i].IsModifier && LowerRole(tokens, i + 1) is var modified and > 0)
                    roleLength = modified + 1;
                if (roleLength > 0 && (i + roleLength >= tokens.Count || !StartsRun(tokens[i + roleLength])))
                {
                    mentions.Add(RoleMention(paragraph, i, i + roleLength));
                    i += roleLength;
                    continue;
                }
                i++;
                continue;
            }
            // "kata Manajemen Hanson", "disampaikan Direksi BCA": the body that speaks for a company, capitalised before its
            // name, is no word of the name; the company speaks.
            if (i + 1 < tokens.Count && !paragraph.InQuote[i + 1] && StartsRun(tokens[i + 1]) && tables.OrganisationOrgans.Contains(tokens[i].Key)) i++;
            // "Listing 27 Mei PT Cilacap Samudera Fishing Industry Tbk (ASHA) telah menetapkan": a heading run into its paragraph;
            // a day's or a month's name before a company's opens no part of its name.
            else if (tables.NotSpeakers.Contains(tokens[i]) && i + 1 < tokens.Count && !paragraph.InQuote[i + 1] && tables.OrganisationHeads.Match(tokens, i + 1, tokens.Count) > 0
                && tokens[i + 1].IsCapitalised) i++;
            var start = i;
            var end = i + 1;
            var barrier = -1;
            string? bracketed = null;
            while (end < tokens.Count && !paragraph.InQuote[end])
            {
                var token = tokens[end];
                // "Ask Jeeves's My Jeeves service", "The Office's Ricky Gervais": a possessive ends its owner's name.
                // "Alexandria Commonwealth's Attorney's Office": not one inside an office's name, its closing word two words on.
                if (tokens[end - 1].IsPossessive && tables.IsEnglish && !BeforeCompanyTail(tokens, end - 1, tokens.Count, tables.OrganisationTails)
                    && !BeforeOfficeName(tokens, end - 1) && !GroupsPossessiveInName(tokens, end - 1)) break;
                // "…," jelas Sri Mulyani Hal senada juga diungkapkan …": copied text that lost a sentence's full stop; a
                // capitalised sentence opener before a lower-case word, after a name, opens the next sentence.
                // '"…," said Credit Suisse First Boston analyst Vadim Mitroshin The dispute with …': in English an article or a
                // pronoun before a lower-case word.
                if (token.IsCapitalised && end + 1 < tokens.Count && tokens[end + 1].IsLower
                    && (tables.IsIndonesian ? tables.SentenceOpeners.Match(tokens, end, tokens.Count) > 0
                        : token.Key is "the" or "a" or "an" || tables.PronounWords.Contains(token))) break;
                // "Ekonom Senior Bank Central Asia, Barra Kukuh Mamia Barra menjelaskan …": a list's heading run into its paragraph;
                // the name's first word again opens the paragraph's first sentence.
                // Not "Hartmann Capital Felix Hartmann", "Syariah Card Business Division Head Bank Mega Syariah": a firm's or a
                // title's words between.
                // '… itu," kata Herman Herman juga mendorong …': or a name written twice where a stop was lost.
                if (end - start >= 1 && token.IsCapitalised && !token.IsAllCaps && end + 1 < tokens.Count && tokens[end + 1].IsLower && token.Key == tokens[start].Key
                    && OnlyNameWords(tokens, start, end)) break;
                // "Harga Bitcoin Menurut Vijay Ayyar, …": copied text that lost a line break; "Menurut" ("according to") is
                // never a word of a name and opens what comes after it.
                if (tables.IsIndonesian && token.IsCapitalised && tables.AccordingTo.Match(tokens, end, end + 1) == 1) break;
                // "dalam program Investime Jumat (24/9)", "Philip Jefferson Senin pekan lalu": a day's name that ends the run is
                // when it was said, no word of the name before it.
                if (tables.IsIndonesian && token.IsCapitalised && (end + 1 >= tokens.Count || !StartsRun(tokens[end + 1]) || paragraph.InQuote[end + 1])
                    && IsDayName(token.Key)) break;
                if (StartsRun(token)) { end++; continue; }
                // "Kepala Dinas Kesehatan Kota Denpasar dr. Anak Agung Ayu Candrawati": a doctor's title in lower case inside
                // the run, before the name.
                if (token.Text is "dr." or "drg." && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && !paragraph.InQuote[end + 1]) { end++; continue; }
                // "Perserikatan Bangsa-Bangsa", "Organisasi Negara-Negara Pengekspor Minyak": a plural by doubling, both halves
                // capitalised, inside a name is the name's word (a plural opens no name: "Negara-negara").
                if (tables.IsIndonesian && token.IsCapitalised && IsPlural(tables, token) && char.IsUpper(token.Text[token.Text.IndexOf('-') + 1])) { end++; continue; }
                // "Chairman & CEO Pfizer Albert Bourla": an ampersand between two titles joins them; "PT Indah Kiat Pulp & Paper
                // Tbk", "Procter & Gamble Co": one inside a firm's name too.
                // "Bradford & Bingley", "Marks & Spencer": in English two single capitalised words joined by "&" are a firm's name
                // (no person's name holds "&").
                if (token.Text == "&" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && tokens[end - 1].IsCapitalised
                    && (tables.Roles.Match(tokens, end + 1, end + 2) == 1 && tables.Roles.Match(tokens, end - 1, end) == 1 || Institutional(tokens, start, end)
                        || tables.IsEnglish && end - start == 1 && !paragraph.InQuote[end + 1] && (end + 2 >= tokens.Count || !tokens[end + 2].IsCapitalised)
                        // "Direktur Treasury & International Banking Bank Mega": in Indonesian, fields of a title that opens the run.
                        || tables.IsIndonesian && tables.Roles.Match(tokens, start, end) > 0)) { end++; continue; }
                // "Dinas Pendidikan, Pemuda, dan Olahraga", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul
                // Halim Iskandar", "the Ministry of Economy, Trade and Industry": a list of fields, closed by "dan" / "and", inside
                // an office's name, after a field's word (a derived noun or an ordinary word, no name).
                // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": after a word of no name that is not common either, when the
                // body's short name in capitals follows the list (not "Analis RHB Sekuritas, Andrey Wijaya, dan David Chong").
                if (token.Is(',') && FieldListEnd(tokens, end) is var listEnd and > 0 && (Institutional(tokens, start, end) || HasTitle(tokens, start, end))
                    && (IsFieldWord(tokens[end - 1].Key)
                        || !tokens[end - 1].IsAllCaps && IsFieldName(tokens, end - 1) && AcronymAfter(tokens, listEnd))) { end = listEnd; continue; }
                // "Kepala SMAN 1 Sukorejo, Rohadi": a number between an institution's short name in capitals and its place is
                // the institution's, as in a school's name.
                if (tables.IsIndonesian && token.IsWord && token.Text.Length <= 3 && token.Text.All(char.IsDigit) && tokens[end - 1].IsAllCaps
                    && tokens[end - 1].Text.Length >= 2 && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && !paragraph.InQuote[end + 1]) { end++; continue; }
                // "Menteri PPN/Kepala Bappenas Suharso Monoarfa", "Menteri Investasi/Kepala BKPM Bahlil Lahadalia": two offices
                // joined by a slash are one title.
                if (tables.IsIndonesian && token.Text == "/" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && !paragraph.InQuote[end + 1]
                    && tables.Roles.Match(tokens, start, end) > 0 && tables.Roles.Match(tokens, end + 1, tokens.Count) > 0) { end++; continue; }
                // "Radio 1 said", "BBC Radio 4's Today programme", "Channel 4": in English a broadcaster's number closes its name.
                if (tables.IsEnglish && token.IsWord && IsNameNumber(token.Text) && tables.NumberedNames.Contains(tokens[end - 1].Key))
                {
                    end++;
                    break;
                }
                // "PT Saratoga Investama Sedaya tbk (SRTG)": a listed company's closing word, however it is printed.
                if (token.Key is "tbk" or "tbk." && tables.IsIndonesian) { end++; continue; }
                // "Dato' Sri Tahir", "Dato' Tahir": the apostrophe inside a title or closing it.
                if (token.Text is "'" or "\u2019" && tables.Honorifics.Match(tokens, end - 1, tokens.Count) > 1) { end++; continue; }
                // "the Musicians' Union", "the Music Managers' Forum": in English a plural's apostrophe before the rest of an
                // institution's name is inside the name.
                if (token.Text is "'" or "\u2019" && tables.IsEnglish && tokens[end - 1].IsCapitalised && tokens[end - 1].Text.EndsWith('s')
                    && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && !paragraph.InQuote[end + 1] && Institutional(tokens, start, end)) { end++; continue; }
                // "Ursula von der Leyen", "Ms. von der Leyen": two particles in a row before the name's next word.
                if (token.IsWord && end + 2 < tokens.Count && tables.Particles.Contains(token) && tables.Particles.Contains(tokens[end + 1])
                    && tokens[end + 1].IsWord && tokens[end + 2].IsCapitalised && !paragraph.InQuote[end + 2])
                {
                    end += 2;
                    continue;
                }
                if (token.IsWord && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised
                    // Not "Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir dan Panitia Kerja …": words past the bracket that
                    // name no institution are a person's name, and the institution's connector joins no more ("Direktur Surat
                    // Utang Negara (SUN) Direktorat Jenderal Pembiayaan dan Pengelolaan Risiko …" goes on).
                    // Not "Fitch Ratings dan Moody's Investor Service": after a name closed by a firm's word, "dan" / "and" before a
                    // name of two words or more that is closed by an organisation's word opens another organisation.
                    && !(token.Key is "dan" or "and" && end - start >= 2 && ClosesFirm(tokens[end - 1]) && ClosedNameAfter(tokens, end + 1))
                    && (tables.Particles.Contains(token) || IsConnector(token.Key) && (barrier < 0 || Institutional(tokens, barrier, end)) && (Institutional(tokens, start, end) && !TitledNameBeforeOf(tokens, start, end) || token.Key == "dan" && RoleField(tokens, start, end))
                        // "the Royal College of Nursing", "the Office of Fair Trading": in English an institution's closing word
                        // before "of".
                        || tables.IsEnglish && token.Key == "of" && token.IsLower && tables.OrganisationTails.Contains(tokens[end - 1])
                        // "China's General Administration of Customs": a capitalised "Administration" before "of" too.
                        || tables.IsEnglish && token.Key == "of" && token.IsLower && tokens[end - 1].Key == "administration" && tokens[end - 1].IsCapitalised && end - start >= 2
                        // "Ernst and Young's Sanjay Mehta", "Marks and Spencer's chairman": in English two names joined by "and"
                        // whose second is a possessive before another name or a title are one firm's.
                        || tables.IsEnglish && token.Key == "and" && end - start == 1 && tokens[end + 1].IsPossessive && end + 2 < tokens.Count
                            && (tokens[end + 2].IsCapitalised || tokens[end + 2].IsLower && tables.Roles.Match(tokens, end + 2, tokens.Count) > 0)
                        // "the Archbishop of Canterbury, Dr Rowan Williams": in English "of" after a title opens its domain.
                        || tables.IsEnglish && token.Key == "of" && token.IsLower && tables.Roles.Match(tokens, end - 1, end) == 1
                        // "the Texas Commission on Environmental Quality", "the Council on Foreign Relations", "the Senate Committee on
                        // Finance": in English "on" after a body that deliberates opens its remit (not "the Commission on Monday").
                        || tables.IsEnglish && token.Key == "on" && token.IsLower && tokens[end - 1].Key is "commission" or "council" or "committee" or "subcommittee" or "panel" or "conference"
                            && !tables.NotSpeakers.Contains(tokens[end + 1])))
                {
                    end++;
                    continue;
                }
                // "Buku II Nota Keuangan Beserta RAPBN 2026": the year of a budget or plan written in capitals is its name's.
                if (token.IsWord && token.Text.Length == 4 && token.Text[0] is '1' or '2' && token.Text.All(char.IsDigit) && tokens[end - 1].IsAllCaps
                    && tokens[end - 1].Text.Length >= 4 && tables.IsIndonesian && (end + 1 >= tokens.Count || !tokens[end + 1].IsCapitalised))
                {
                    end++;
                    break;
                }
                // "International Committee of the Red Cross", "Bank of the West": "of the" inside an institution's name; "the
                // United Nations Office for the Coordination of Humanitarian Affairs": "for the" too.
                if (token.IsWord && (token.Key is "of" || token.Key is "for" && tokens[end - 1].Key is "office" or "centre" or "center" or "society" or "department" or "ministry")
                    && token.IsLower && end + 2 < tokens.Count && tokens[end + 1].Key == "the" && tokens[end + 1].IsLower
                    && tokens[end + 2].IsCapitalised && !paragraph.InQuote[end + 2] && Institutional(tokens, start, end))
                {
                    end += 2;
                    continue;
                }
                // "PT Sri Rezeki Isman Tbk. (SRIL)": the full stop of an abbreviated tail does not end the name.
                if (token.Is('.') && end + 3 < tokens.Count && tokens[end + 1].Is('(') && tables.OrganisationTails.Contains(tokens[end - 1])
                    && tokens[end + 2].IsCapitalised && tokens[end + 3].Is(')'))
                {
                    end++;
                    continue;
                }
                // "Kepala Bidang Pembinaan dan Prestasi (Kabid Binpres) PP PBSI Rudy Hartanto Gunawan": a title's short form of two
                // words in brackets, after the title, when the run goes on after it.
                if (token.Is('(') && tables.IsIndonesian && end + 4 < tokens.Count && tokens[end + 3].Is(')') && tokens[end + 1].IsCapitalised
                    && tokens[end + 2].IsCapitalised && tokens[end + 4].IsCapitalised && !paragraph.InQuote[end + 4]
                    && (tables.RoleAliases.ContainsKey(tokens[end + 1].Key) || tables.Roles.Match(tokens, end + 1, end + 2) == 1)
                    && tables.Roles.Match(tokens, start, end) > 0)
                {
                    end += 4;
                    continue;
                }
                // "Pelaksana Tugas (Plt.) Kepala Dinas Pariwisata …": a title whole, its short form of one word in brackets after it,
                // when the run goes on.
                if (token.Is('(') && tables.IsIndonesian && end + 3 < tokens.Count && tokens[end + 2].Is(')') && tokens[end + 1].IsCapitalised
                    && tokens[end + 3].IsCapitalised && !paragraph.InQuote[end + 3] && tables.Roles.Match(tokens, end + 1, end + 2) == 1
                    && tables.Roles.Match(tokens, start, end) == end - start)
                {
                    end += 3;
                    continue;
                }
                // "PT Garuda Indonesia (Persero) Tbk": a company's tail in brackets is its name's.
                if (token.Is('(') && end + 2 < tokens.Count && tokens[end + 2].Is(')') && tables.OrganisationTails.Contains(tokens[end + 1]) && tokens[end + 1].IsCapitalised)
                {
                    end += 3;
                    continue;
                }
                // "Kessler Lithografie (KSLR.AS), opens new tab": a stock's code in brackets, as Reuters prints it, after a listed
                // company's name.
                if (token.Is('(') && StockCodeLength(tokens, end + 1) is var codeLength and > 0 && end + 1 + codeLength < tokens.Count
                    && tokens[end + 1 + codeLength].Is(')'))
                {
                    Add(paragraph, start, end, barrier, StockCodeMark, mentions);
                    i = end + 2 + codeLength;
                    goto next;
                }
                // "Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas)", "Direktorat Jenderal Peternakan dan Kesehatan Hewan
                // (Ditjen PKH) Kementerian Pertanian": in Indonesian a body's short name of two words in brackets, one of them in
                // capitals or a short head of the tables ("Ditjen"), when no name follows (the body it belongs to may).
                if (token.Is('(') && tables.IsIndonesian && end + 3 < tokens.Count && tokens[end + 3].Is(')') && tokens[end + 1].IsCapitalised
                    && tokens[end + 2].IsCapitalised && (tokens[end + 1].IsAllCaps || tables.OrganisationFullName(tokens[end + 1].Key) is not null)
                    && tokens[end + 2].IsWord && !tables.Places.Contains(tokens[end + 2].Key) && Institutional(tokens, start, end)
                    && (end + 4 >= tokens.Count || !tokens[end + 4].IsCapitalised || paragraph.InQuote[end + 4]
                        || tables.OrganisationHeads.Match(tokens, end + 4, tokens.Count) > 0 || IsMinistryShortName(tokens[end + 4].Key)))
                {
                    Add(paragraph, start, end, barrier, tokens[end + 1].Text + " " + tokens[end + 2].Text, mentions);
                    i = end + 4;
                    goto next;
                }
                // "Badan Komunikasi Pemerintah (Bakom RI)": a short name with the country's after it, when no name follows.
                var countryAfter = token.Is('(') && end + 3 < tokens.Count && tokens[end + 1].IsCapitalised && tokens[end + 2].IsAllCaps
                    && tables.Places.Match(tokens, end + 2, end + 3) == 1 && tokens[end + 3].Is(')')
                    && (end + 4 >= tokens.Count || !tokens[end + 4].IsCapitalised) ? 1 : 0;
                if (token.Is('(') && end + 2 + countryAfter < tokens.Count && tokens[end + 1].IsCapitalised && tokens[end + 2 + countryAfter].Is(')'))
                {
                    bracketed = tokens[end + 1].Text;
                    if (end + 3 < tokens.Count && tokens[end + 3].IsCapitalised && !paragraph.InQuote[end + 3])
                    {
                        barrier = end + 3; // "Bank Rakyat Nusantara (BRN) Erwin Santoso": the name is after the bracket
                        end += 3;
                        continue;
                    }
                    var before = mentions.Count;
                    Add(paragraph, start, end, barrier, bracketed, mentions);
                    i = end + 3 + countryAfter;
                    // "… Tbk (SRIL) atau Sritex": a second short name after "atau" / "or".
                    if (mentions.Count > before && i + 1 < tokens.Count && tokens[i].Key is "atau" or "or" && tokens[i + 1].IsCapitalised
                        && !paragraph.InQuote[i + 1] && (i + 2 >= tokens.Count || !tokens[i + 2].IsCapitalised))
                        mentions[^1].OtherName = tokens[i + 1].Text;
                    goto next;
                }
                break;
            }
            // '… in Attachment B." The attachment lists …': an article alone, its sentence's start hidden by the closing mark
            // before it, names nothing.
            if (end - start == 1 && tables.IsEnglish && tokens[start].Key is "the" or "a" or "an")
            {
                i = end;
                continue;
            }
            var added = mentions.Count;
            Add(paragraph, start, end, barrier, barrier >= 0 ? null : bracketed, mentions, barrier >= 0 ? bracketed : null);
            i = end;
            // "PT Angkasa Pura II (Persero) atau AP II": a short name of a word or two after "atau" / "or" and a company's name,
            // made of its words or their initials (not "Kementerian Keuangan atau Bank Indonesia", "PT Pertamina (Persero) atau
            // PLN": two bodies).
            if (mentions.Count > added && mentions[^1] is { Kind: MentionKind.Organisation, OtherName: null } company
                && (tables.OrganisationTails.Contains(tokens[end - 1]) || tokens[end - 1].Is(')'))
                && ShortNameAfterOr(paragraph, end) is { } shortName && IsShortNameOf(shortName, company.Name))
                company.OtherName = shortName;
        next:;
        }
    }

    // The first word after `nameStart` that the text glued to a word of small letters before it ("JuandaHanif", not
    // "JPMorgan"), capitalised, read as a name's, with another name word after it or a known given name; -1 if none.
    private int GluedNameStart(TokenList tokens, Class[] classes, int start, int nameStart, int end)
    {
        for (var k = nameStart + 1; k < end; k++)
            if (tokens[k].Start == tokens[k - 1].End && tokens[k - 1].IsWord && !tokens[k - 1].IsAllCaps && tokens[k].IsCapitalised && !tokens[k].IsAllCaps
                && classes[k - start] is Class.Name or Class.Common && (end - k >= 2 || tables.IsGivenName(tokens[k].Text))) return k;
        return -1;
    }

    // "Badan Pusat Statistik (BPS)": the bracket spells the run's initials, so the run is the organisation's whole name.
    private static bool AcronymOfRun(TokenList tokens, int from, int end, string? bracketed)
    {
        if (bracketed is null || bracketed.Length != end - from || !bracketed.All(char.IsUpper)) return false;
        for (var k = from; k < end; k++)
            if (tokens[k].Text[0] != bracketed[k - from]) return false;
        return true;
    }

    // A lower-case word that may name a title's field ("sales", "press", "policy"): no verb, auxiliary, preposition or article.
    private bool IsFieldWord(TokenList tokens, int k) =>
        tokens[k] is var token && token.IsWord && tables.CueVerbs.Match(tokens, k, k + 1) == 0 && !tables.AuxiliaryVerbs.Contains(token.Key) && !tables.Prepositions.Contains(token)
        && token.Key is not ("a" or "an" or "the" or "and" or "or" or "who" or "which" or "that") && !token.Key.EndsWith("ed", StringComparison.Ordinal);


    private bool SetOffDegree(TokenList tokens, int start, int end)
    {
        if (tokens[start].Text == "Sp." || start >= 1 && tokens[start - 1].Text == "Sp.") return true;
        if (start == 0 || !tokens[start - 1].Is(',') || end < tokens.Count && !tokens[end].Is(',')) return false;
        for (var k = start; k < end; k++)
            if (tokens[k].IsWord && !tables.IsDegree(tokens[k])) return false;
        return true;
    }

    private bool AllDottedDegrees(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].IsWord && !(tables.IsDegree(tokens[k]) && tokens[k].Text.Contains('.'))) return false;
        return true;
    }

    // Passed to Add as a run's bracket when the bracket held a stock's code: the run is a listed company.
    private static readonly string StockCodeMark = new("(stock code)");

    // The tokens of a stock's code at k as Reuters prints it, or 0: capitals or digits, a stop and the exchange's capitals
    // ("KSLR.AS", "AAPL.O", "7203.T", "BBCA.JK").
    private static int StockCodeLength(TokenList tokens, int k)
    {
        static bool IsCode(string text, int min, int max, bool digits)
        {
            if (text.Length < min || text.Length > max) return false;
            foreach (var c in text)
                if (!char.IsAsciiLetterUpper(c) && !(digits && char.IsAsciiDigit(c))) return false;
            return true;
        }
        if (k + 2 < tokens.Count && IsCode(tokens[k].Text, 1, 6, true) && tokens[k + 1].Is('.') && IsCode(tokens[k + 2].Text, 1, 2, false)) return 3;
        if (k < tokens.Count && tokens[k].Text.IndexOf('.') is var dot and > 0 && IsCode(tokens[k].Text[..dot], 1, 6, true)
            && IsCode(tokens[k].Text[(dot + 1)..], 1, 2, false)) return 1;
        return 0;
    }

    // The capitals of the bracket are initials of the run's words in order, some words skipped but not the first or the last
    // ("IPC" for "Integrated Food Security Phase Classification"), and the run has more words than the bracket.
    private static bool InitialsSkipping(TokenList tokens, int from, int end, string bracketed)
    {
        if (end - from <= bracketed.Length || !bracketed.All(char.IsUpper) || tokens[from].Text[0] != bracketed[0] || tokens[end - 1].Text[0] != bracketed[^1]) return false;
        var b = 1;
        for (var k = from + 1; k < end - 1 && b < bracketed.Length - 1; k++)
            if (tokens[k].IsWord && tokens[k].Text[0] == bracketed[b]) b++;
        return b == bracketed.Length - 1;
    }

    // Where the lower-case words after a House's name end in "committee" (at most six of them, what the committee looks at
    // and "and": no article, preposition, auxiliary, verb of speech or word in "-ed", so not "the Commons voted to set up a
    // committee"), the token after that word; or 0.
    private int CommitteeAfter(Paragraph paragraph, int end)
    {
        var tokens = paragraph.Tokens;
        for (var k = end; k < tokens.Count && k <= end + 6; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || !token.IsLower || paragraph.InQuote[k] || token.Key is "a" or "an" or "the" or "that" or "which" or "who"
                || token.Key != "and" && tables.Prepositions.Contains(token) || tables.AuxiliaryVerbs.Contains(token.Key) || token.Key.EndsWith("ed", StringComparison.Ordinal)
                || tables.CueVerbs.Match(tokens, k, k + 1) > 0) return 0;
            if (token.Key is "committee") return k > end ? k + 1 : 0;
        }
        return 0;
    }

    // Where "of" splits a run into two or three name words and an institution's name, or 0.
    private int PersonOfInstitution(TokenList tokens, int start, int end)
    {
        // "Dr Jeremy Philpott of the UK Patent Office": past an honorific.
        var named = start;
        while (named < end && tables.Honorifics.Match(tokens, named, end) is var n and > 0) named += n;
        var of = named + 2;
        while (of < end && of <= named + 3 && tokens[of].Key != "of") of++;
        if (of >= end || of > named + 3 || tokens[of].Key != "of" || !tokens[of].IsLower) return 0;
        // Not "East Riding of Yorkshire Council", "West Midlands of …": a compass word opens a region's name, never a person's.
        if (tokens[named].Key is "north" or "south" or "east" or "west") return 0;
        for (var k = named; k < of; k++)
            if (!tokens[k].IsCapitalised || tables.OrganisationHeads.Match(tokens, k, of) > 0 || tables.OrganisationTails.Contains(tokens[k])
                || tables.Roles.Match(tokens, k, of) > 0 || tables.Ranks.Match(tokens, k, of) > 0 || tables.Honorifics.Match(tokens, k, of) > 0
                // "Hannah Ward of the Refugee Council": an ordinary word after a known given name is the surname.
                || tables.Common.Contains(tokens[k]) && !(k > named && tables.IsKnownGivenName(tokens[named].Text)) || tokens[k].Key == "the") return 0;
        for (var k = of + 1; k < end; k++)
            if (tables.OrganisationHeads.Match(tokens, k, end) > 0 || tables.OrganisationTails.Contains(tokens[k])) return of;
        return 0;
    }

    // After "The", a title whole or before "of" ("The Queen", "The Bishop of Durham"; not "The British Chambers of Commerce"), a
    // title and its holder's name ("The Attorney General Lord Goldsmith"), or an honorific before a name ("The Rev. Al Sharpton").
    private bool TitleAfterThe(TokenList tokens, int start, int end) =>
        tables.Roles.Match(tokens, start + 1, end) is var n and > 0 && (start + 1 + n == end || tokens[start + 1 + n].Key == "of" || HasNameAfterTitle(tokens, start + 1, end))
        || tables.Honorifics.Match(tokens, start + 1, end) is var h and > 0 && start + 1 + h < end && HasNameAfterTitle(tokens, start + 1, end);

    // "US$ 3,5 miliar", "S$ 10": a currency's capitals glued to its sign name no one.
    private static bool IsCurrency(TokenList tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].IsAllCaps && tokens[i].Text.Length <= 3 && tokens[i + 1].Text.StartsWith('$') && tokens[i + 1].Start == tokens[i].Start + tokens[i].Text.Length;

    // "Januari-Agustus", "Senin-Jumat": two words that name no one ([not-speakers]: months, days …), hyphenated, name no one.
    private bool IsTimeRange(string key) =>
        key.IndexOf('-') is > 0 and var dash && dash < key.Length - 1 && tables.NotSpeakers.Contains(key.AsSpan(0, dash)) && tables.NotSpeakers.Contains(key.AsSpan(dash + 1));

    private static bool IsDayName(string key) => key is "senin" or "selasa" or "rabu" or "kamis" or "jumat" or "jum'at" or "sabtu" or "minggu" or "ahad";

    private bool StartsRun(Token token) => (token.IsCapitalised || token.IsAllCaps) && !token.IsCreditRating && !IsPlural(tables, token);

    // The one or two capitalised words after "atau" or "or" at k that end there, as written; null when there are none.
    private static string? ShortNameAfterOr(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        if (k + 1 >= tokens.Count || tokens[k].Key is not ("atau" or "or") || !tokens[k + 1].IsCapitalised || paragraph.InQuote[k + 1]) return null;
        var end = k + 2;
        if (end < tokens.Count && tokens[end].IsCapitalised && !paragraph.InQuote[end]) end++;
        if (end < tokens.Count && tokens[end].IsCapitalised) return null;
        return end - k == 2 ? tokens[k + 1].Text : tokens[k + 1].Text + " " + tokens[k + 2].Text;
    }

    // Each word of the short name is a word of the name ("II") or the initials of consecutive words of it ("AP" for "Angkasa
    // Pura", "KAI" for "Kereta Api Indonesia").
    private static bool IsShortNameOf(string shortName, string[] name)
    {
        var initials = string.Concat(name.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        foreach (var word in shortName.Split(' '))
            if (!name.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase))
                && !(word.Length >= 2 && word.All(char.IsUpper) && initials.Contains(word, StringComparison.Ordinal))) return false;
        return true;
    }

    private static bool IsNumberWord(string text) => char.IsDigit(text[0]) || text.TrimEnd('.').All(c => c is 'I' or 'V' or 'X');

    // "Menteri-menteri", "Komandan-komandan": an Indonesian plural, an ordinary word or a title said twice, names no one.
    // A name said twice stays one ("Muslim Jaya Butar-butar").
    internal static bool IsPlural(LanguageTables tables, string text)
    {
        if (!IsDoubled(text)) return false;
        var key = LanguageTables.Key(text.Substring(0, text.IndexOf('-')));
        return tables.Common.Contains(key) || tables.Roles.Contains(key) || tables.Ranks.Contains(key);
    }

    internal static bool IsPlural(LanguageTables tables, in Token token) => token.IsDoubled && IsPlural(tables, token.Text);

    // A word said twice with a dash between, in any case: "Menteri-menteri", "Butar-butar".
    internal static bool IsDoubled(string text)
    {
        var dash = text.IndexOf('-');
        return dash > 0 && dash * 2 + 1 == text.Length && text.AsSpan(0, dash).Equals(text.AsSpan(dash + 1), StringComparison.OrdinalIgnoreCase);
    }

    // After the comma at k (which follows a field's noun, "Pendidikan"), fields of one to three capitalised words set off by
    // commas up to "dan" / "and" (a comma before it or not) and the last field: ", Pemuda, dan Olahraga", ", Kebudayaan, Riset,
    // dan Teknologi", ", Pembangunan Daerah Tertinggal, dan Transmigrasi", ", Trade and Industry". Not after a person's name
    // ("Menurut Gubernur Bank Indonesia Perry Warjiyo, Amerika Serikat dan China …"), nor a list of bodies, people or places
    // ("Kementerian Keuangan, Bank Indonesia, dan OJK", "Menteri Agama, Menteri Sosial, dan …"): no field is a body's head, a
    // title, a place, a given name or in capitals, and some field is an ordinary or a derived word ("Trade", "Teknologi",
    // "Pembangunan") unless the body's short name in brackets follows the list ("Badan Meteorologi, Klimatologi, dan Geofisika
    // (BMKG)"): not "the Department of Health, Pfizer and Moderna", "Menteri Pertanian, Bulog, dan Pertamina".
    // Returns the index after the last field's first word (the run goes on from there), or 0.
    private int FieldListEnd(TokenList tokens, int k)
    {
        var words = 0;
        var ordinary = false;
        for (var i = k + 1; i < tokens.Count && i <= k + 14; i++)
        {
            if (tokens[i].IsCapitalised && !tokens[i].IsAllCaps && ++words <= 3 && IsFieldName(tokens, i))
            {
                ordinary |= IsFieldWord(tokens[i].Key);
                continue;
            }
            if (tokens[i].Is(',') && words > 0) { words = 0; continue; }
            var last = (words is 1 or 2 or 3 || words == 0 && i > k + 2 && tokens[i - 1].Is(','))
                && tokens[i].Key is "dan" or "and" && tokens[i].IsLower && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && !tokens[i + 1].IsAllCaps
                && IsFieldName(tokens, i + 1) ? i + 2 : 0;
            return last > 0 && (ordinary || IsFieldWord(tokens[i + 1].Key) || AcronymAfter(tokens, last)) ? last : 0;
        }
        return 0;
    }

    private bool IsFieldWord(string key) => IsDerived(key) || tables.Common.Contains(key);

    // Whether the last field's words (from k, its second) end at a short name in capitals in brackets.
    private static bool AcronymAfter(TokenList tokens, int k)
    {
        while (k < tokens.Count && tokens[k].IsCapitalised && !tokens[k].IsAllCaps) k++;
        return k + 2 < tokens.Count && tokens[k].Is('(') && tokens[k + 1].IsAllCaps && tokens[k + 2].Is(')');
    }

    private static bool HasComma(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].Is(',')) return true;
        return false;
    }

    // Whether a title of the tables ends right at end, opening in [start, end - 1).
    private bool TitleEndsAt(TokenList tokens, int start, int end)
    {
        for (var k = Math.Max(start, end - 4); k < end - 1; k++)
            if (tables.Roles.Match(tokens, k, end) == end - k) return true;
        return false;
    }

    private bool HasTitle(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tables.Roles.Match(tokens, k, end) > 0) return true;
        return false;
    }

    private bool IsFieldName(TokenList tokens, int i) =>
        tables.OrganisationHeads.Match(tokens, i, tokens.Count) == 0 && tables.Roles.Match(tokens, i, tokens.Count) == 0
        && tables.Places.Match(tokens, i, tokens.Count) == 0 && !tables.TryGivenName(tokens[i].Text, out _);

    private static bool IsConnector(string key) => key is "dan" or "and" or "of" or "&" or "for" or "untuk" or "bidang";

    // A connector stays in the run inside a role phrase ("Menteri Kelautan dan Perikanan"), after an organisation's head
    // ("Kementerian Desa dan …") or before its tail ("Maritime and Port Authority").
    // A firm's closing word, after which a name is whole ("Fitch Ratings", "Acme Inc"); not a field's or a body's word that
    // "and" goes on from ("Securities and Futures Commission", "Museum and Art Gallery", "Police and Border Guard Board").
    private static bool ClosesFirm(in Token token) => token.Key is "ratings" or "rating" or "inc" or "inc." or "corp" or "corp." or "ltd" or "ltd."
        or "tbk" or "tbk." or "plc" or "llc" or "group" or "holdings" or "co" or "co.";

    // A name of two capitalised words or more from `start`, its first no organisation's closing word, its last one.
    private bool ClosedNameAfter(TokenList tokens, int start)
    {
        if (tables.OrganisationTails.Contains(tokens[start])) return false;
        var last = start;
        while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalised) last++;
        return last > start && tables.OrganisationTails.Contains(tokens[last]);
    }

    private bool Institutional(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tables.OrganisationHeads.Match(tokens, k, end) > 0) return true;
        for (var k = start; k < end; k++)
            if (tables.Roles.Match(tokens, k, tokens.Count) is var n and > 0 && k + n > end + 1) return true;
        var last = end + 1;
        while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalised) last++;
        return tables.OrganisationTails.Contains(tokens[last]);
    }

    // "Staf Khusus Menteri Keuangan Bidang Perumusan Kebijakan Fiskal dan Makroekonomi Masyita Crystallin": after a title's
    // "Bidang", its fields are joined by "dan" inside the run.
    private bool RoleField(TokenList tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
            if (tokens[k].Key == "bidang" && tokens[k].IsCapitalised)
                for (var j = start; j < k; j++)
                    if (tables.Roles.Match(tokens, j, k) > 0) return true;
        // "Direktur Jenderal Peternakan dan Kesehatan Hewan Kementerian Pertanian, drh. Agustinus …", "Direktur Jenderal Mineral
        // dan Batubara Kementerian ESDM": in Indonesian a title that opens the run, its field's words, and after "dan" more of
        // them up to the ministry or body it belongs to (not "Menteri Pertanian dan Menteri Perdagangan": a second title; not
        // a given name after "dan").
        if (!tables.IsIndonesian || tables.Roles.Match(tokens, start, end) is not (> 0 and var title) || start + title >= end
            || end + 1 >= tokens.Count || tables.Roles.Match(tokens, end + 1, tokens.Count) > 0 || tables.IsKnownGivenName(tokens[end + 1].Text)) return false;
        for (var j = end + 1; j < tokens.Count && j <= end + 5; j++)
        {
            // "Direktur Jenderal Penguatan Daya Saing Produk Kelautan dan Perikanan (PDSPKP) KKP, Lalu …": the field's short
            // form in brackets after its last words, then the comma before the name or the body the title belongs to.
            if (j > end + 1 && tokens[j].Is('(') && j + 3 < tokens.Count && tokens[j + 1].IsAllCaps && tokens[j + 2].Is(')'))
                return tokens[j + 3].Is(',') || tables.OrganisationHeads.Match(tokens, j + 3, tokens.Count) > 0 || IsMinistryShortName(tokens[j + 3].Key)
                    || tokens[j + 3].IsAllCaps && (articleAcronyms.Contains(tokens[j + 3].Key) || tables.OrganisationFullName(tokens[j + 3].Key) is not null);
            // "Direktur Jenderal Mineral dan Batubara, Saut Tumpak Sidabalok,": the field's last words, then the comma before the
            // name.
            if (j > end + 1 && tokens[j].Is(',') && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised) return true;
            if (!tokens[j].IsCapitalised) return false;
            if (j > end + 1 && (tables.OrganisationHeads.Match(tokens, j, tokens.Count) > 0 || IsMinistryShortName(tokens[j].Key))) return true;
        }
        return false;
    }

    // A lower-case role phrase at i ("menteri keuangan", "the minister" without the article): its length, or 0.
    private int LowerRole(TokenList tokens, int i)
    {
        // "said the 30-year-old", "the 22-year-old midfielder told BBC Sport": in English a person called by their age, at a
        // verb of speech, is someone the article has named, as "the lawyer" is. Not "The 73-year-old former Chelsea chairman
        // sealed the deal": a description that opens a sentence of its own names nobody new.
        // (An age opens with a digit: a lower-case word, most of those asked, is none, and "the" before it is not read.)
        if (tables.IsEnglish && i > 0 && !tokens[i].IsLower && tokens[i - 1].Key == "the" && IsAge(tokens[i]))
        {
            var length = 1;
            if (i + 1 < tokens.Count && tokens[i + 1].IsLower && tables.Roles.Match(tokens, i + 1, tokens.Count) is var role and > 0) length += role;
            else if (i + 1 < tokens.Count && tables.DemonymNouns.Contains(tokens[i + 1].Key)) length++;
            var atCue = i - 1 > 0 && tables.CueVerbs.Match(tokens, i - 2, i - 1) > 0
                || i + length >= tokens.Count || !tokens[i + length].IsWord || tables.CueVerbs.Match(tokens, i + length, i + length + 1) > 0;
            return atCue ? length : 0;
        }
        if (!tokens[i].IsLower) return 0;
        var n = tables.Roles.Match(tokens, i, tokens.Count);
        if (n == 0 && tables.AliasWords.Contains(tokens[i])) n = 1;
        if (n == 0) return 0;
        for (var k = i; k < i + n; k++)
            if (!tokens[k].IsLower) return 0;
        return n;
    }

    // "Detective Inspector Paul Miller of Thames Valley Police", "Professor Jane Hill of Oxford University": in English a
    // title, then a name of two words that are no title's or organisation's, before "of" at end: the person, and after "of"
    // where they work (not "Chief Executive of Tesco", "Bank of England").
    private bool TitledNameBeforeOf(TokenList tokens, int start, int end)
    {
        if (!tables.IsEnglish || tokens[end].Key != "of" || end - start < 3) return false;
        if (tables.Ranks.Match(tokens, start, end) == 0 && tables.Roles.Match(tokens, start, end) == 0 && tables.Honorifics.Match(tokens, start, end) == 0) return false;
        for (var k = end - 2; k < end; k++)
            if (!tokens[k].IsCapitalised || IsTitleOrOrganisationWord(tokens, k) || tables.Places.Match(tokens, k, k + 1) > 0) return false;
        return true;
    }

    // Whether [start, end) holds no word of a title or of an organisation's name.
    private bool OnlyNameWords(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (IsTitleOrOrganisationWord(tokens, k)) return false;
        return true;
    }

    private bool IsTitleOrOrganisationWord(TokenList tokens, int k) =>
        tables.Roles.Match(tokens, k, k + 1) > 0 || tables.Ranks.Match(tokens, k, k + 1) > 0 || tables.OrganisationHeads.Match(tokens, k, k + 1) > 0
        || tables.OrganisationTails.Contains(tokens[k]) || IsOrganisationWord(tokens[k].Key);

    /// <summary>An age in years: "30-year-old", "45-tahun".</summary>
    internal static bool IsAge(Token token) =>
        token.IsWord && char.IsDigit(token.Text[0]) && (token.Key.EndsWith("-year-old", StringComparison.Ordinal) || token.Key.EndsWith("-tahun", StringComparison.Ordinal));

    // A loop, not a lambda: a lambda over the run's tokens would make every call of Add allocate its closure.
    private bool HasGivenName(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tables.IsGivenName(tokens[k].Text)) return true;
        return false;
    }

    private Mention RoleMention(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var surface = Join(tables, tokens, start, end);
        return new Mention
        {
            Block = paragraph.Block, First = start, NameFirst = end, End = end, Position = paragraph.Offset + tokens[start].Start,
            Kind = MentionKind.Role, Name = [], Surface = surface, Role = surface, RoleKey = RoleKey(tokens, start, end),
        };
    }

    private void Add(Paragraph paragraph, int start, int end, int barrier, string? bracketed, List<Mention> mentions, string? innerBracket = null)
    {
        var tokens = paragraph.Tokens;
        // "Rep. Brian King, D-Salt Lake City": a party and a state name nobody.
        if (tables.IsEnglish && ArticlePeople.IsPartyTag(tokens[start].Text)) return;
        // "kata La Ode" after "La Ode Muhammad Rusdianto": a name's prefix of two words alone is the person's short name.
        if (barrier < 0 && end - start == 2 && (tables.NamePrefixes.Contains(tokens[start]) && tables.NamePrefixes.Contains(tokens[start + 1]) || OpensNamePair(tokens, start)))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = start, NameFirst = start, End = end, Position = paragraph.Offset + tokens[start].Start,
                Kind = MentionKind.Person, Name = Words(tables, tokens, start, end), Surface = Join(tables, tokens, start, end), Bracketed = bracketed,
            });
            return;
        }
        // "The German giant said", "German football club Borussia Dortmund": in English a country's adjective alone before a
        // lower-case word names no one; the description it opens is read whole.
        // Not "the German said", "the Australian, who": a verb or a clause after the word makes it a person of the country.
        // ("A German tourist who …": after "a" or "an" too, as after "the", a word for a people that is also a surname.)
        if (tables.IsEnglish && (end - start == 1 || end - start == 2 && tokens[start].Key is "the" or "a" or "an")
            && IsCountryWord(tables, tokens[end - 1], afterThe: end - start == 2 || start > 0 && tokens[start - 1].Key is "a" or "an" && tokens[start - 1].IsWord)
            && end + 1 < tokens.Count && tokens[end].IsWord && tokens[end].IsLower && !paragraph.InQuote[end]
            && tables.CueVerbs.Match(tokens, end, end + 1) == 0 && !tables.AuxiliaryVerbs.Contains(tokens[end].Key) && !tables.Prepositions.Contains(tokens[end])
            && tokens[end].Key is not ("who" or "and" or "or" or "has" or "had" or "is" or "was" or "government" or "administration")
            && !tokens[end].Key.EndsWith("ed", StringComparison.Ordinal))
            return;
        // "David Cameron, MP for Witney, added": one word after a member's title and "for" is the seat.
        if (tables.IsEnglish && end - start == 1 && start >= 2 && tokens[start - 1].Key == "for" && tokens[start - 1].IsLower
            && tables.SeatTitles.Contains(tokens[start - 2].Key)) return;
        // "by US magazine Mobile PC", "the newspaper Il Messaggero": a name right after a noun for a news outlet is the
        // outlet's, whatever its words look like ("PC" is also a constable's rank), unless a given name opens it.
        // "cloud computing provider Stratacore", "chipmaker Kessler": in English one for a business makes the name a company's.
        // "Chipmaker Altavera said": the noun opening the sentence, capitalised, before the name.
        // Only before a one-word name that is no ordinary word: "Carrier Global said", "Utility Warehouse" are the firms' own names.
        var nounOpens = tables.IsEnglish && end - start == 2 && paragraph.StartsSentence(start) && tables.OutletNouns.Match(tokens, start, start + 1, out var openingKind) == 1
            && openingKind == "company" && !tables.Common.Contains(tokens[start + 1]);
        var named = nounOpens ? start + 1 : start;
        if (barrier < 0 && named > 0 && (tokens[named - 1].IsLower || nounOpens) && tables.OutletNouns.Match(tokens, named - 1, named, out var outletKind) == 1
            && (outletKind == "outlet" || outletKind == "company" && tables.IsEnglish && tables.Roles.Match(tokens, named, end) == 0
                // Not "Final Wars producer Shogo Tomiyama": a noun that is also a person's title.
                && tables.Roles.Match(tokens, named - 1, named) == 0)
            && tokens[named].IsCapitalised && !tables.IsGivenName(tokens[named].Text) && !tables.Honorifics.Contains(tokens[named].Key))
        {
            var outletName = Words(tables, tokens, named, end);
            outletName[^1] = outletName[^1].TrimEnd('.');
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = named, NameFirst = named, End = end, Position = paragraph.Offset + tokens[named].Start,
                Kind = MentionKind.Organisation, Name = outletName, Surface = string.Join(' ', outletName), Bracketed = bracketed,
            });
            return;
        }
        // "Prof. Dr. Suhardi Wiratmadja, M.Si., mengatakan": degrees with their stops set off by commas after a name name no
        // one (not "kata SH", a person named by initials that are also a degree's).
        if (barrier < 0 && AllDottedDegrees(tokens, start, end)) return;
        // "dr. Muhammad Fadli Rasyid, Sp.JP(K), FIHA, menyebut": a specialist's degree ("Sp." and its field) or degrees in
        // capitals set off by commas.
        if (barrier < 0 && SetOffDegree(tokens, start, end)) return;
        // "Prof Raldi Hendro Koestoer PhD", "Budi Santoso SH MH": degrees after a name (two words of it at least: not
        // "Allianz SE") are no part of it, nor an acronym that makes the run an organisation's. Not after an article: "said the
        // Ealing North MP" describes the member by the seat.
        if (barrier < 0 && end - start >= 3 && tables.IsDegree(tokens[end - 1])
            && !(tokens[start].Key is "the" or "a" or "an" || start > 0 && tokens[start - 1].IsLower && tokens[start - 1].Key is "the" or "a" or "an"))
        {
            var nameEnd = end - 1;
            while (nameEnd - start >= 3 && tables.IsDegree(tokens[nameEnd - 1])) nameEnd--;
            if (tokens[nameEnd - 1].IsCapitalised && !tokens[nameEnd - 1].IsAllCaps && tokens[nameEnd - 2].IsCapitalised)
            {
                Add(paragraph, start, nameEnd, barrier, bracketed, mentions, innerBracket);
                return;
            }
        }
        // '"…," kata S saat ditemui': a person the article names by one letter only, right after the cue.
        // "HM mengaku …" after "jurnalis berinisial HM": initials the article gave as a person's, anywhere.
        if (tables.IsIndonesian && end - start == 1 && (tokens[start].Text.Length == 1 && char.IsUpper(tokens[start].Text[0]) && start > 0
                && tokens[start - 1].IsLower && tables.CueVerbs.Match(tokens, start - 1, start) > 0 && end < tokens.Count && (tokens[end].IsLower || tokens[end].Is(','))
            || tokens[start].IsAllCaps && articleInitialledPeople.Contains(tokens[start].Text)))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = start, NameFirst = start, End = end, Position = paragraph.Offset + tokens[start].Start,
                Kind = MentionKind.Person, Name = [tokens[start].Text], Surface = tokens[start].Text,
            });
            return;
        }
        // "The Trump administration had argued", "the US government said": in English a name before a lower-case
        // "administration", or a country's before "government", is that body's (not "the Lycos Europe campaign").
        if (tables.IsEnglish && end < tokens.Count && tokens[end].IsLower
            && (tokens[end].Key is "administration" || tokens[end].Key is "government" && end - start <= 2
                && (tables.Places.Match(tokens, end - 1, end) == 1 || tables.Demonyms.Contains(tokens[end - 1].Key)))
            && !paragraph.InQuote[end])
        {
            var bodyStart = tokens[start].Key == "the" ? start + 1 : start;
            if (bodyStart < end)
            {
                mentions.Add(new Mention
                {
                    Block = paragraph.Block, First = start, NameFirst = bodyStart, End = end + 1, Position = paragraph.Offset + tokens[start].Start,
                    Kind = MentionKind.Organisation, Name = [.. Words(tables, tokens, bodyStart, end), tokens[end].Text], Surface = Join(tables, tokens, start, end + 1),
                });
                return;
            }
        }
        // "the Commons science and technology committee said", "the Lords constitution committee": in English a committee of
        // either House is named by the House and lower-case words that say what it looks at.
        if (tables.IsEnglish && tokens[end - 1].Key is "commons" or "lords" && CommitteeAfter(paragraph, end) is var committee and > 0)
        {
            var bodyStart = tokens[start].Key == "the" ? start + 1 : start;
            if (bodyStart < end)
            {
                mentions.Add(new Mention
                {
                    Block = paragraph.Block, First = start, NameFirst = bodyStart, End = committee, Position = paragraph.Offset + tokens[start].Start,
                    Kind = MentionKind.Organisation, Name = Words(tables, tokens, bodyStart, committee), Surface = Join(tables, tokens, start, committee),
                });
                return;
            }
        }
        // "the Dutchman said", "the Australian added": a person of a country, named before, as a role the article gives; at a
        // sentence's start too ("The Argentine had stoked up the temperature"). Not "the Israeli military said", "the
        // Australian government": an adjective of a country before a noun.
        var demonym = !tables.IsEnglish ? -1
            : end - start == 1 && start > 0 && tokens[start - 1].Key == "the" && tokens[start - 1].IsLower ? start
            : end - start == 2 && tokens[start].Key == "the" && paragraph.StartsSentence(start) ? start + 1 : -1;
        // "said the German": a word that is also a surname is the country's person only so.
        if (demonym >= 0 && (tables.DemonymNouns.Contains(tokens[demonym].Key)
                || (tables.Demonyms.Contains(tokens[demonym].Key) || tables.SurnameDemonyms.Contains(tokens[demonym].Key))
                && (end >= tokens.Count || !tokens[end].IsWord || tables.CueVerbs.Match(tokens, end, end + 1) > 0 || tables.AuxiliaryVerbs.Contains(tokens[end].Key))))
        {
            mentions.Add(RoleMention(paragraph, demonym, end));
            return;
        }
        // "digelar di Gedung MK": a building named by its owner's acronym is a place, not the owner ("Gedung Putih", the White
        // House, stays a speaker); a name run on after it is still found ("di Gedung KPK Juru Bicara KPK Budi Prasetyo").
        // "Gedung Kemenkes", "Menara BCA": a body's short name, a ministry's or one of [organisation-aliases], after any building's
        // word, wherever the run stands.
        if (tables.IsIndonesian && start + 1 < end && tokens[start].Key is "gedung" or "menara" or "wisma"
            && (tokens[start + 1].IsAllCaps && (tokens[start + 1].Text.Length >= 2 || start > 0 && tokens[start - 1].Key is "di" or "ke" or "dari")
                || IsMinistryShortName(tokens[start + 1].Key) || tables.OrganisationAliases.ContainsKey(tokens[start + 1].Key)))
        {
            if (end - start > 2) Add(paragraph, start + 2, end, barrier >= start + 2 ? barrier : -1, bracketed, mentions, innerBracket);
            return;
        }
        // "di Ruang Hatta Ali, Pengadilan Negeri Jakarta Pusat": a room named after someone is a place.
        if (tables.IsIndonesian && tokens[start].Key is "ruang" or "aula" && start > 0 && tokens[start - 1].Key is "di" or "ke" or "dari" && end - start >= 2) return;
        // "Teri Allery of North Dakota State University": a person's name, then "of" and their institution; "But Simon Hart of
        // the Countryside Alliance": past a word that opens the sentence.
        if (tables.IsEnglish && barrier < 0 && (start + (tokens[start].IsCapitalised ? tables.SentenceOpeners.Match(tokens, start, end) : 0)) is var person
            && PersonOfInstitution(tokens, person, end) is var of and > 0)
        {
            Add(paragraph, person, of, -1, null, mentions);
            Add(paragraph, tokens[of + 1].Key == "the" && of + 2 < end ? of + 2 : of + 1, end, -1, bracketed, mentions);
            return;
        }
        AddRun(paragraph, start, end, barrier, bracketed, mentions, innerBracket);
    }

    // A word that, before a country's name, makes a region or a way of speaking of the country, no body's name: "Northern
    // England", "New England", "Corporate America", "Middle England".
    private static bool IsRegionWord(string key) =>
        key is "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central" or "new" or "great"
            or "greater" or "upper" or "lower" or "inner" or "outer" or "old" or "rural" or "coastal" or "mid" or "far" or "south-east"
            or "south-west" or "north-east" or "north-west" or "all" or "whole" or "modern" or "ancient" or "medieval" or "little"
            or "corporate" or "middle" or "global" or "mainland" or "urban" or "black" or "white" or "young";

    // The run read word by word (Classify): a person's name, a title's holder, an organisation, and where each starts.
    // Kept apart from the special runs that Add reads first: in one method of both sizes the JIT ran out of room to inline
    // the small tests of a token or a table that every rule asks, and called each of them.
    private void AddRun(Paragraph paragraph, int start, int end, int barrier, string? bracketed, List<Mention> mentions, string? innerBracket)
    {
        var tokens = paragraph.Tokens;
        var made = mentions.Count;
        var classes = Classify(paragraph, start, end, barrier);
        // "the D.C. Office of the Attorney General", "the Office of the Prime Minister": in English "Office" before "of" and a
        // title that closes the run is an institution's name, no title's holder.
        var officeOf = -1;
        for (var k = start; k + 2 < end && tables.IsEnglish && barrier < 0; k++)
            if (tokens[k].Key is "office" && tokens[k].IsCapitalised && tokens[k + 1].Key is "of" && tokens[k + 1].IsLower && classes[end - 1 - start] is Class.Role)
            {
                officeOf = k;
                break;
            }
        if (officeOf >= 0)
        {
            // The place's or the body's words before "Office" are the name's ("D.C.", "U.S. Trade Representative's" is not).
            var officeStart = officeOf;
            while (officeStart > start && classes[officeStart - 1 - start] is Class.Place or Class.Initial or Class.Acronym && !tokens[officeStart - 1].IsPossessive) officeStart--;
            var officeName = Words(tables, tokens, officeStart, end);
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = officeStart, NameFirst = officeStart, End = end, Position = paragraph.Offset + tokens[officeStart].Start,
                Kind = MentionKind.Organisation, Name = officeName, Surface = string.Join(' ', officeName),
            });
            return;
        }
        // "said the Ealing North MP", "the Manchester Central MP": after "the", a run that ends in a title is the title's
        // holder described by where they serve, not a name.
        if (tables.IsEnglish && barrier < 0 && start > 0 && tokens[start - 1].Key == "the" && tokens[start - 1].IsLower && end - start >= 2
            && classes[end - 1 - start] == Class.Role && Array.IndexOf(classes, Class.Honorific, 0, end - start) < 0 && Array.IndexOf(classes, Class.Initial, 0, end - start) < 0
            // Not "the Environmental Audit Committee Peter Ainsworth MP": a given name in the run names its person.
            && !HasGivenName(tokens, start, end))
        {
            mentions.Add(RoleMention(paragraph, start, end));
            return;
        }
        // "Speaking in Harrogate Mr Kennedy said", "On Monday Mr Kennedy": in English an honorific inside a run opens a name of
        // its own, and the words before it (a place, a day) are something else.
        if (tables.IsEnglish && barrier < 0)
            for (var k = start + 1; k < end; k++)
                if (classes[k - start] == Class.Honorific && classes[k - 1 - start] is not (Class.Role or Class.Rank or Class.Honorific or Class.Punctuation or Class.Opener)
                    // Not "the Rt Rev Dr Tom Wright", "the Rt Hon Jack Straw": the abbreviations of a style are the honorific's.
                    && tokens[k - 1].Key is not ("rt" or "right" or "hon" or "very" or "most"))
                {
                    Add(paragraph, start, k, -1, null, mentions);
                    Add(paragraph, k, end, -1, bracketed, mentions);
                    return;
                }
        // "Tatang Nurhidayat Presiden Direktur PT Asuransi Tugu Pratama Indonesia Tbk. mengatakan": in Indonesian a title and
        // its organisation after two or more name words, with no comma between, are that person's; the name is a run of its own.
        if (tables.IsIndonesian && barrier < 0 && TitleAfterName(tokens, classes, start, end) is var titleAt and > 0)
        {
            Add(paragraph, start, titleAt, -1, null, mentions);
            Add(paragraph, titleAt, end, -1, bracketed, mentions, innerBracket);
            return;
        }
        // A lower-case role just before the run belongs to it: "ekonom senior INDEF Faisal Basri".
        var first = start;
        for (var k = Math.Max(0, start - 4); k < start; k++)
            if (!paragraph.InQuote[k] && LowerRole(tokens, k) == start - k) { first = k; break; }
        // "Shadow foreign secretary Michael Ancram said": a title's word that opens the sentence, capitalised, before the
        // lower-case title, is the title's too ("the Foreign Secretary" later is someone else).
        if (first < start && first > 0 && !paragraph.InQuote[first - 1] && tokens[first - 1].IsCapitalised && paragraph.StartsSentence(first - 1)
            && tables.Roles.Match(tokens, first - 1, first) == 1) first--;
        var from = start;
        // "Marks & Spencer has cut prices": an ordinary word that opens the sentence is the firm's when "&" joins it to the next.
        while (from < end && classes[from - start] is Class.Opener or Class.Punctuation && !(from + 2 < end && tokens[from + 1].Text == "&")) from++;
        if (from >= end) return;
        // "The Paris-based pressure group said": a hyphenated qualifier, alone or after "The", names no one.
        // "A Ho Chi Minh City-based trader", "New York-based": "-based" after a place's words of any length too.
        if (tables.IsEnglish && IsHyphenatedQualifier(tokens[end - 1].Text)
            && (end - from == 1 || end - from == 2 && tokens[from].Key == "the"
                || AllCapitalised(tokens, from, end - 1) && tokens[end - 1].Key.EndsWith("-based", StringComparison.Ordinal))) return;

        // "a licence issued by Natural England", '"…," Historic England said', "Police Scotland": in English an ordinary word,
        // capitalised inside the sentence, before a country's or a city's name that closes the run, is a public body's name,
        // not the place; not a direction's or a region's word ("Northern England", "New England", "Great Britain").
        if (tables.IsEnglish && barrier < 0 && end - from == 2 && from == start && tokens[from].IsCapitalised
            && (!paragraph.StartsSentence(from) || from >= 2 && paragraph.InQuote[from - 1] && !tokens[from - 1].IsWord && tokens[from - 2].Is(','))
            && !tokens[from].IsAllCaps && tables.Common.Contains(tokens[from].Key) && !IsRegionWord(tokens[from].Key)
            && tables.Places.Match(tokens, from + 1, end) == 1 && !tokens[from + 1].IsPossessive
            // Not "the historian Rose Holland", "councillor Bill Ireland": a given name, or a title before the run, makes a person.
            && !tables.IsKnownGivenName(tokens[from].Text) && !(from > 0 && tokens[from - 1].IsLower && tables.Roles.Match(tokens, from - 1, from) == 1))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = from, NameFirst = from, End = end, Position = paragraph.Offset + tokens[from].Start,
                Kind = MentionKind.Organisation, Name = Words(tables, tokens, from, end), Surface = Join(tables, tokens, from, end), Bracketed = bracketed,
            });
            return;
        }

        var low = Math.Max(from, barrier);
        // "The Office", "The Simpsons", "The Tories": an English name that opens with "The" is no person's.
        // Not "The UK", "The Netherlands": a place is never a speaker.
        // Nor "The Bishop of Durham", "The Prime Minister": a title after "The" is a role.
        if (tables.IsEnglish && tokens[start].Key == "the" && tokens[start].IsCapitalised && end - start >= 2 && barrier < 0
            && tables.Places.Match(tokens, start + 1, end) != end - start - 1 && !TitleAfterThe(tokens, start, end))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = start, NameFirst = start + 1, End = end, Position = paragraph.Offset + tokens[start].Start,
                // "The Jerusalem Post", "The Hudson Valley Ledger": a newspaper keeps its "The".
                Kind = MentionKind.Organisation, Name = Words(tables, tokens, tables.NewspaperTails.Contains(tokens[end - 1].Key) ? start : start + 1, end),
                Surface = Join(tables, tokens, start, end), Bracketed = bracketed,
            });
            return;
        }
        // "the regional government, the Generalitat Valenciana, said": in English capitalised words after a lower-case "the",
        // set off by commas, two or more, with no given name, title, honorific or initial among them, name an organisation,
        // no person.
        if (tables.IsEnglish && barrier < 0 && from == start && start > 1 && tokens[start - 1].Key == "the" && tokens[start - 1].IsLower && end - start >= 2
            && tokens[start - 2].Is(',') && end < tokens.Count && tokens[end].Is(',')
            && OnlyClasses(classes, end - start, Class.Name, Class.Common, Class.Organisation) && !HasGivenName(tokens, start, end)
            && tables.Places.Match(tokens, start, end) != end - start
            // Not "the Oscar-nominated Owen": a qualifier, then a person's surname.
            && !IsHyphenatedQualifier(tokens[start].Text) && !IsNamedSurname(tokens, end - 1))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = start, NameFirst = start, End = end, Position = paragraph.Offset + tokens[start].Start,
                Kind = MentionKind.Organisation, Name = Words(tables, tokens, start, end), Surface = Join(tables, tokens, start, end), Bracketed = bracketed,
            });
            return;
        }
        // "AHY", "Cak Imin": a well-known nickname names its person whatever its words look like.
        var nickStart = from;
        while (nickStart < end && classes[nickStart - start] is Class.Role or Class.Rank or Class.Honorific) nickStart++;
        if (nickStart < end && tables.NicknameStarts.Contains(tokens[nickStart]) && tables.Nicknames.TryGetValue(Join(tables, tokens, nickStart, end).ToLowerInvariant(), out var nicknamed))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = Math.Min(first, from), NameFirst = nickStart, End = end, Position = paragraph.Offset + tokens[first].Start,
                Kind = MentionKind.Person, Name = nicknamed.Split(' '), Surface = Join(tables, tokens, Math.Min(first, from), end),
                // "kata pengacara Jokowi, Yakup Hasibuan": a lower-case title before the nickname is its title too.
                Role = nickStart > Math.Min(first, from) ? Join(tables, tokens, Math.Min(first, from), nickStart) : null,
                RoleKey = RoleKey(tokens, Math.Min(first, from), nickStart), Bracketed = bracketed,
            });
            return;
        }
        // "Penny Little, who monitored the hunt": ordinary words before ", who" are somebody's name.
        // Not "Man-of-the-match Stephen Jones, who …": a hyphenated qualifier describes the person.
        if (tables.IsEnglish && end - from <= 3 && end + 1 < tokens.Count && (tokens[end].Key == "who" || tokens[end].Is(',') && tokens[end + 1].Key == "who"))
            for (var k = from; k < end; k++)
                if (classes[k - start] == Class.Common && !IsHyphenatedQualifier(tokens[k].Text)) classes[k - start] = Class.Name;
        // "former shadow attorney general Bill Cash said": after a lower-case title, two ordinary words the first of which is a
        // known given name are the person's name.
        if (tables.IsEnglish && first < start && end - from == 2 && tables.IsGivenName(tokens[from].Text))
            for (var k = from; k < end; k++)
                if (classes[k - start] == Class.Common) classes[k - start] = Class.Name;
        var titled = first < start;
        for (var k = from; k < end; k++) titled |= classes[k - start] is Class.Role or Class.Rank or Class.Honorific;
        // "Eks Kepala Dewan Komisioner Lembaga Penjamin Simpanan (LPS) itu juga menyebut …": a title with a demonstrative
        // describes someone named before; it names nobody new.
        // Not "Komite yang dipimpin Menteri Keuangan Sri Mulyani Indrawati itu": a title and two words of a name or more.
        var after = barrier < 0 && bracketed is not null ? end + 3 : end;
        // Not "pria yang akrab disapa Bang Ucok itu": what someone is called is a name.
        if (titled && tables.IsIndonesian && after < tokens.Count && tokens[after].IsLower && tables.Demonstratives.Contains(tokens[after])
            && !TitledName(tokens, classes, start, from, end) && !(start > 0 && tokens[start - 1].Key is "disapa" or "dipanggil"))
        {
            var roleStart = Math.Min(first, from);
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = roleStart, NameFirst = end, End = end, Position = paragraph.Offset + tokens[roleStart].Start,
                Kind = MentionKind.Role, Name = [], Surface = Join(tables, tokens, roleStart, end), Role = Join(tables, tokens, roleStart, end), RoleKey = RoleKey(tokens, roleStart, end),
            });
            return;
        }
        // "Kementerian Perindustrian", "KBRI Kuala Lumpur": a run that opens with an organisation and has no title names no person.
        // "analisis Drone Emprit atas": words the article writes as an organisation's name before a person's name elsewhere.
        // "Polling yang dilakukan Dow Jones": a news outlet's name, whole, is the outlet's, however like a person's it looks.
        // "sebagaimana dikutip Reuters mengatakan", "kata Bloomberg": one word that is an outlet's name, too.
        var writtenAlone = !titled && barrier < 0 && (end - from >= 2 && AllWrittenAlone(tokens, from, end) || tables.Outlets.Match(tokens, from, end) == end - from);
        // "kata analis Morgan Stanley", "Citi memperkirakan": a firm's name of the tables ([firms]), whole, names the firm,
        // however like a person's name it looks, titled or not.
        // "Standard Chartered has agreed …": the firm's first word may open the sentence, read as an ordinary word; "CEO
        // Standard Chartered": titles may stand before it.
        var firmStart = -1;
        for (var t = start; barrier < 0 && t < end; t++)
        {
            if (tables.Firms.Match(tokens, t, end) == end - t) { firmStart = t; break; }
            // Titles may stand before it, not an honorific ("Lord Rothschild" is a person).
            if (t >= from && classes[t - start] is not (Class.Role or Class.Rank)) break;
        }
        var firm = firmStart >= 0;
        // "Indonesia's Ministry of Energy and Mineral Resources": a country's possessive before the organisation is no title.
        var bodyFrom = tables.IsEnglish && end - from > 2 && classes[from - start] is Class.Place && tokens[from].IsPossessive ? from + 1 : from;
        var nameStart = barrier < 0 && !titled && end - from > 1
            && (classes[bodyFrom - start] is Class.Organisation && (end - bodyFrom == 2 || classes[end - 1 - start] is not Class.Name || AcronymOfRun(tokens, bodyFrom, end, bracketed))
                || classes[from - start] is Class.Acronym && AllPlaces(classes, from - start + 1, end - start))
            || writtenAlone || firm
            ? -1 : NameStart(tokens, classes, start, low, NameEnd(tokens, classes, start, from, end), afterBracket: barrier >= 0 && tables.Roles.Match(tokens, barrier - 2, barrier - 1) == 0);
        // "Prakirawan Stasiun Meteorologi JuandaHanif Prabaswara": in Indonesian a copy that lost the space where a link ended
        // glued the name to the words before it; after other words, the name starts at the word glued on (two words of a name
        // or a known given name).
        if (nameStart > from && tables.IsIndonesian && GluedNameStart(tokens, classes, start, nameStart, end) is var glued and > 0) nameStart = glued;
        // "Ecuador's Ministry of Agriculture and Livestock said": in English a word after "and" or "of" that joined an
        // organisation's head to the rest of the run is its name's, no person's (not a people's word: "the ADB, World Bank
        // and Japanese aid agencies").
        if (nameStart > from + 1 && tables.IsEnglish && tokens[nameStart - 1].IsLower && tokens[nameStart - 1].Key is "and" or "of" or "&"
            && !tables.Demonyms.Contains(tokens[nameStart].Key) && !tables.IsKnownGivenName(tokens[nameStart].Text)
            && Array.IndexOf(classes, Class.Organisation, from - start, nameStart - 1 - from) >= 0) nameStart = -1;
        // "Mahasiswa Universitas Gadjah Mada berunjuk rasa", "RSUD Siti Fatimah": a name of two words right after the head of
        // an institution named after a person, closing the run, is the institution's (not "Rektor Universitas Nusa Cendana Maxs
        // Sanam", "Kepala Bandara Komodo Yohanes Dacosta": a longer run names the institution, then its head).
        // Not "Kepala Sekolah Dwi Astuti": the head a word of a title's.
        // "dosen Universitas Brawijaya yang …": a name of one word after a title and a university's head, too (not "kata
        // Direktur RSUD Susilo" after "Direktur RSUD Kota Semarang, Susilo Raharjo,", nor "Ketua Yayasan Hasanuddin").
        if (nameStart > from && (end - nameStart == 2 || end - nameStart == 1 && titled && tokens[nameStart - 1].Key is "universitas" or "institut" or "politeknik" or "akademi")
            && barrier < 0 && tokens[nameStart - 1].IsCapitalised
            && tables.NamesakeHeads.Contains(tokens[nameStart - 1].Key) && !TitleEndsAt(tokens, start, nameStart)) nameStart = -1;
        // "ujar Kepala Eksekutif Pengawas IKNB Otoritas Jasa Keuangan (OJK), Ogi Prastomiyono": after a title, a bracket that
        // spells the initials of the run's last words, an organisation's head or a title among them ("Jaksa Penuntut Umum
        // (JPU)"), makes those words the organisation's whole name, so no person's name ends the run (not "Anggota DPR
        // Bambang Haryo Soekartono (BHS)", "Bendahara Koperasi Sejahtera Mawar Indah Sari (MIS)").
        if (nameStart >= 0 && titled && barrier < 0 && bracketed is { Length: >= 2 } && end - bracketed.Length >= from
            && nameStart >= end - bracketed.Length && AcronymOfRun(tokens, end - bracketed.Length, end, bracketed)
            && HasHeadOrTitle(classes, end - bracketed.Length - start, end - start)) nameStart = -1;
        // "kata Bupati nonaktif Pemalang Mukti Agung Wibowo (MAW)", "Ketua RT 05 Mawar Indah Sari (MIS)": a person's initials
        // in brackets say where the name starts, whatever the words look like.
        else if (nameStart >= 0 && barrier < 0 && bracketed is { Length: >= 2 } && end - bracketed.Length >= from && nameStart != end - bracketed.Length
            && AcronymOfRun(tokens, end - bracketed.Length, end, bracketed) && !HasHeadOrTitle(classes, end - bracketed.Length - start, end - start))
        {
            // "Dr M Hidayat Nur Wahid (HNW)": a name's prefix or initial the initials leave out is still the name's.
            var initialled = end - bracketed.Length;
            while (initialled - 1 >= nameStart && (tables.NamePrefixes.Contains(tokens[initialled - 1]) || tokens[initialled - 1].IsInitial)
                   && classes[initialled - 1 - start] is Class.Name or Class.Initial) initialled--;
            // "Direktur Utama WIKA, Agung Budi Waskito (BW)": name words set off by a comma are all the name's, though the
            // initials leave the given name out ("Agung BW").
            // A loop, not a lambda: a lambda over the classes would make every call of Add allocate its closure.
            var apposed = nameStart == start && start > 0 && tokens[start - 1].Is(',');
            for (var i = 0; apposed && i < initialled - start; i++) apposed = classes[i] == Class.Name;
            if (!apposed) nameStart = initialled;
        }
        // "PT MAM Energindo", "Badan Pusat Statistik": one name word after an organisation's head, with no title, ends the
        // organisation's name; it is no person.
        if (nameStart > from && !titled && barrier < 0 && end - nameStart == 1 && classes[from - start] is Class.Organisation) nameStart = -1;
        // "PT Danareksa Sekuritas", "PT Sinar Mas Multifinance": with no title before or in it, everything after a company's
        // form is the company's name, whatever its words look like ("Mas" is also a way to address a man).
        if (nameStart > from && first == start && barrier < 0 && tables.IsIndonesian && tokens[from].Text.TrimEnd('.') is "PT" or "CV"
            && Array.IndexOf(classes, Class.Role, from - start, end - from) < 0 && Array.IndexOf(classes, Class.Rank, from - start, end - from) < 0) nameStart = -1;
        // "Asosiasi Pengimpor Kedelai Nusantara (Apkenus)": in Indonesian a run that opens with an organisation's head, with a
        // short name in brackets that opens with the head's letter, names the organisation, though a title's word stands in it
        // ("pengimpor"); not a person's initials after the name ("… Sri Mulyani Indrawati (SMI)").
        if (nameStart > from && tables.IsIndonesian && barrier < 0 && bracketed is { Length: >= 3 } && classes[from - start] is Class.Organisation
            && char.ToUpperInvariant(bracketed[0]) == char.ToUpperInvariant(tokens[from].Text[0]) && !AcronymOfRun(tokens, nameStart, end, bracketed)) nameStart = -1;
        // "Reporters Without Borders": a capitalised preposition before the name makes the run an organisation's.
        if (nameStart > from && IsPrepositionInName(tokens[nameStart - 1])) nameStart = -1;
        // "Bradford & Bingley": in English an ampersand inside the run makes it a firm's.
        var ampersand = tables.IsEnglish && HasAmpersand(tokens, from, end);
        if (ampersand) nameStart = -1;
        // "Bishop of Durham", "Mayor of London": in English a title's domain after "of" is no person's name.
        if (nameStart > from && tables.IsEnglish && tokens[nameStart - 1].Key == "of" && classes[nameStart - 2 - start] is Class.Role or Class.Organisation) nameStart = -1;
        // "Kessler Lithografie (KSLR.AS), the Dutch maker of …": a stock's code in brackets, as Reuters prints it, makes the run
        // a listed company's name, however like a person's it looks.
        var listed = ReferenceEquals(bracketed, StockCodeMark);
        if (listed)
        {
            bracketed = null;
            nameStart = -1;
        }
        // "the Integrated Food Security Phase Classification (IPC)": in English a bracket of capitals that are some of the run's
        // initials, its first and its last word's among them, is an organisation's short name; the run names no person.
        if (nameStart >= 0 && tables.IsEnglish && barrier < 0 && bracketed is { Length: >= 3 } && !tables.IsGivenName(tokens[from].Text)
            && InitialsSkipping(tokens, from, end, bracketed)) nameStart = -1;
        // "Olympic champion Kelly Holmes", "Labour leader Michael Howard": in English one capitalised word right before a
        // lower-case title qualifies the title; it names no person.
        // "former Marsh senior vice president Joshua Bewlay": after a word that only makes the title another office
        // ("former", "deputy", "acting": ArticlePeople.Modifiers), too.
        if (nameStart >= 0 && tables.IsEnglish && end - nameStart == 1 && nameStart == from
            && (!titled || first == start - 1 && tokens[first].IsLower && tokens[first].IsModifier) && end < tokens.Count && tokens[end].IsLower
            && (tables.Roles.Match(tokens, end, Math.Min(tokens.Count, end + 4)) > 0
                // "The former Rangers and Liverpool boss": two such words joined by "and", after "the", "former" or "ex". Not
                // "Wenger and Chelsea boss Jose Mourinho were charged" (two people), nor "said Richard and Judy executive producer
                // Amanda Ross" (a given name is a person's, here a show's).
                || end + 2 < tokens.Count && tokens[end].Key == "and" && tokens[end + 1].IsCapitalised && tokens[end + 2].IsLower && !tables.IsGivenName(tokens[from].Text)
                    && from > 0 && tokens[from - 1].IsLower && tokens[from - 1].Key is "the" or "former" or "ex"
                    && tables.Roles.Match(tokens, end + 2, Math.Min(tokens.Count, end + 6)) > 0
                // "a Stratacore sales executive wrote": after an article, one lower-case word of the title's field first.
                || start > 0 && tokens[start - 1].Key is "a" or "an" && end + 1 < tokens.Count && tokens[end + 1].IsLower && IsFieldWord(tokens, end)
                    && tables.Roles.Match(tokens, end + 1, Math.Min(tokens.Count, end + 4)) > 0)) nameStart = -1;
        // "Coastal Carolina Power, the largest utility in the region, said": in English a run described right after it, between
        // commas, as a body ("a group that opposes …", "the largest utility") names that body, whatever its words look like.
        var apposedBody = nameStart >= 0 && tables.IsEnglish && !titled && ApposedAsBody(tokens, end);
        if (apposedBody) nameStart = -1;
        var position = paragraph.Offset + tokens[first].Start;
        // The words as printed, made only for a mention.
        string Surface() => Join(tables, tokens, first < start ? first : from, end);
        if (nameStart >= 0)
        {
            // "Of Hepburn, she said": in English a preposition that opens the sentence is no title of the name.
            var roleStart = first < start || from == start || !tables.IsEnglish || !tables.Prepositions.Contains(tokens[start]) ? Math.Min(first, from) : from;
            var suffixed = IsNameSuffix(tokens, nameStart, end);
            var name = Words(tables, tokens, nameStart, suffixed ? end : NameEnd(tokens, classes, start, from, end));
            if (suffixed && !name[^1].EndsWith('.') && end < tokens.Count && tokens[end].Is('.')) name[^1] += ".";
            var gender = Gender.Unknown;
            for (var k = from; k < nameStart; k++)
                if (classes[k - start] == Class.Honorific)
                    gender = tokens[k].Key switch { "mr" or "sir" or "lord" or "father" or "brother" => Gender.Male, "mrs" or "ms" or "miss" or "dame" or "lady" or "sister" => Gender.Female, _ => gender };
            if (tables.TryNickname(name, out var full)) name = full.Split(' ');
            if (gender == Gender.Unknown && name.Length >= 2 && tables.TryGivenName(name[0], out var given)) gender = given;
            // "Menurut Pilarmas,", "Kemarin Pilarmas mengatakan": the words that open the sentence are no title.
            var titleStart = roleStart;
            while (titleStart < nameStart && paragraph.StartsSentence(titleStart) && (tables.AccordingTo.Match(tokens, titleStart, nameStart) is var n and > 0
                || (n = tables.SentenceOpeners.Match(tokens, titleStart, nameStart)) > 0)) titleStart += n;
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = roleStart, NameFirst = nameStart, End = end, Position = position,
                Kind = MentionKind.Person, Name = name, Surface = Surface(), Gender = gender,
                Weak = end - nameStart == 1 && nameStart == from && paragraph.StartsSentence(nameStart),
                Role = nameStart > titleStart ? RoleText(tokens, classes, start, titleStart, nameStart) : null,
                RoleKey = RoleKey(tokens, titleStart, nameStart), Bracketed = bracketed,
                // "Pemimpin Redaksi Maya Kusumawardhani": "Maya" is also a word; the article's short forms settle it.
                Before = nameStart - 1 >= low && tokens[nameStart - 1].IsCapitalised && (guessedPlace == nameStart - 1
                    || classes[nameStart - 1 - start] == Class.Common && (nameStart - 2 < start
                        || classes[nameStart - 2 - start] is Class.Role or Class.Rank or Class.Honorific or Class.Place or Class.Organisation))
                    ? tokens[nameStart - 1].Text : null,
            });
            return;
        }
        var hasOrganisation = writtenAlone || ampersand || firm || listed || apposedBody;
        var hasRole = false;
        var hasName = false;
        for (var k = from; k < end; k++)
        {
            var c = classes[k - start];
            hasOrganisation |= c is Class.Organisation or Class.Acronym;
            hasRole |= c is Class.Role or Class.Rank;
            hasName |= c is Class.Name or Class.Common or Class.Place or Class.Initial;
        }
        // Not "Elizabeth France": a known given name and one place's word is a person's name.
        var endsWithPlace = end - from > 1 && classes[end - 1 - start] is Class.Place && classes[from - start] is Class.Name
            && !(end - from == 2 && tables.IsGivenName(tokens[from].Text));
        // "Dana Moneter Internasional (IMF)": words that name no person, with an acronym in brackets from another language
        // (its letters are not the words' initials), name an organisation; "Surat Berharga Negara (SBN)" names a thing.
        var acronymed = barrier < 0 && bracketed is { Length: >= 2 } && bracketed.All(char.IsUpper) && end - from >= 2
            && Array.IndexOf(classes, Class.Common, from - start, end - from) >= 0 && !AcronymOfRun(tokens, from, end, bracketed)
            && !(from > start && AcronymOfRun(tokens, from - 1, end, bracketed));
        // "Jaringan Pemantau Pendidikan Indonesia (JPPI)", "Indonesia Corruption Watch (ICW)": three or more ordinary words and
        // places whose initials the bracket spells name an organisation; a person's initials follow a name ("Mukti Agung
        // Wibowo (MAW)").
        var spelled = barrier < 0 && bracketed is { Length: >= 3 } && end - from >= 3 && AcronymOfRun(tokens, from, end, bracketed)
            && OrdinaryWordsAndPlaces(tokens, classes, start, from, end);
        if (hasOrganisation || endsWithPlace || acronymed || spelled || (hasName && tables.Outlets.Match(tokens, from, end) == end - from) || EnglishNamed(tokens, classes, start, from, end)
            || NamedAfterOrganisationNoun(tokens, classes, start, from, end) || PlaceQualifiedName(tokens, classes, start, from, end))
        {
            // The organisation's name: the run without the role or honorific before it; a country or a nationality that is also
            // listed as a role ("US" in "the US Federal Reserve", "the British Phonographic Industry") stays, as the
            // organisation's name is written.
            var orgStart = firm ? firmStart : from;
            // Described as a body, the run is its name whole ("Coastal Carolina Power"), but for the words that open the sentence.
            if (apposedBody)
            {
                // (an ordinary word that opens the sentence, "Coastal", is the name's; "But", "However", "The" are not).
                orgStart = start;
                while (orgStart < from && (tables.SentenceOpeners.Match(tokens, orgStart, end) > 0 || tables.Prepositions.Contains(tokens[orgStart])
                    || tables.PronounWords.Contains(tokens[orgStart]) || tokens[orgStart].Key is "the" or "a" or "an")) orgStart++;
            }
            // An ordinary word that opens the sentence is the name's first when an acronym spells the name ("Dana …").
            while (acronymed && !hasOrganisation && orgStart > start && classes[orgStart - 1 - start] is Class.Opener && tables.SentenceOpeners.Match(tokens, orgStart - 1, end) == 0
                && tables.AccordingTo.Match(tokens, orgStart - 1, end) == 0) orgStart--;
            // "Jaringan Advokasi Lingkungan Maluku (JALM)": the word that opens the sentence is the name's first when the acronym
            // spells the run only with it.
            if (orgStart == from && from > start && classes[from - 1 - start] is Class.Opener && tables.SentenceOpeners.Match(tokens, from - 1, end) == 0
                && !AcronymOfRun(tokens, from, end, bracketed) && AcronymOfRun(tokens, from - 1, end, bracketed)) orgStart--;
            while (!firm && !apposedBody && orgStart < end - 1 && classes[orgStart - start] is Class.Role or Class.Rank or Class.Honorific && classes[orgStart + 1 - start] is not Class.Role
                && !IsPrepositionInName(tokens[orgStart + 1])
                // "St Mary's Hospital", "St John Ambulance": a saint's title opens a body's name.
                && !(tables.IsEnglish && tokens[orgStart].Key is "st" or "saint")
                // "the Conservative Party", "the Labour Party": a word that is also a title, before a lone closing word of an
                // organisation's name, is the name's own (else every party would be "Party", one organisation).
                && !(end - orgStart == 2 && (tables.OrganisationTails.Contains(tokens[orgStart + 1])
                    || tokens[orgStart + 1].IsPossessive && tables.OrganisationTails.Contains(OwnerKey(tokens[orgStart + 1]))))
                && !((tables.Places.Match(tokens, orgStart, orgStart + 1) == 1 || tables.Demonyms.Contains(tokens[orgStart].Key))
                    && classes[orgStart + 1 - start] is Class.Organisation or Class.Name or Class.Common)) orgStart++;
            // "Presiden Direktur BEMT, Raymond Hartono Wijaya,": in Indonesian a title of the tables, of any length, before an
            // acronym that closes the run is no word of the organisation's name.
            if (tables.IsIndonesian && !firm && !apposedBody && orgStart == from && tables.Roles.Match(tokens, orgStart, end) is var titleWords and > 1
                && orgStart + titleWords == end - 1 && classes[end - 1 - start] is Class.Acronym or Class.Organisation && tokens[end - 1].IsAllCaps)
                // ("Kepala Badan POM": a title's last word that heads an organisation's name is the organisation's, "Badan POM".)
                orgStart += tables.OrganisationHeads.Match(tokens, orgStart + titleWords - 1, end - 1) == 1 ? titleWords - 1 : titleWords;
            // "bank sentral AS The Federal Reserve": in Indonesian an English "The" inside the run opens the name; so does a
            // company's "PT" ("Kantor Antam PT Aneka Tambang Tbk", a headline run into "Grup MNC PT MNC Energy Investments Tbk").
            for (var t = orgStart + 1; t < end - 1 && tables.IsIndonesian; t++)
                if (tokens[t].Text is "The" or "PT" && tokens[t + 1].IsCapitalised) { orgStart = t; break; }
            // "Survei Konsumen Bank Indonesia", "International Debt Report Bank Dunia": a document's name before its issuer.
            if (tables.IsIndonesian) orgStart = AfterDocumentName(tokens, classes, start, orgStart, end);
            var orgEnd = barrier >= 0 ? barrier - 3 : end;
            // "Pakistan's Department of Plant Protection said": in English a country's possessive before a body's capitalised name
            // says whose it is; the name is the body's own.
            if (tables.IsEnglish && orgEnd - orgStart > 2 && classes[orgStart - start] is Class.Place && tokens[orgStart].IsPossessive
                && classes[orgStart + 1 - start] is Class.Organisation) orgStart++;
            if (orgEnd <= orgStart) return;
            // "On Wednesday, however, South Korea moved …": a day's or a month's name alone names nobody (the club's tail
            // "Wednesday" is one only after the club's place).
            if (orgEnd - orgStart == 1 && tables.NotSpeakers.Contains(tokens[orgStart])) return;
            // "Restrukturisasi kredit dan Perusahaan Zombie IMF juga memberi peringatan": a heading run into its paragraph ends
            // in ordinary words before an acronym the article writes alone; the acronym alone is the organisation.
            if (tables.IsIndonesian && orgEnd - orgStart >= 2 && bracketed is null && classes[orgEnd - 1 - start] is Class.Acronym
                && articleAcronyms.Contains(tokens[orgEnd - 1].Key) && OnlyCommon(classes, orgStart - start, orgEnd - 1 - start))
                orgStart = orgEnd - 1;
            // "kata Ketua DKPP", "ujar juru bicara Kemlu Singapura": a title before the organisation and no name after it.
            var titleStart = Math.Min(first, from);
            var titledOnly = tables.IsIndonesian && titleStart < orgStart && barrier < 0 && (first < start || classes[from - start] is Class.Role);
            var orgName = Words(tables, tokens, orgStart, orgEnd, tables.OrganisationTails);
            // "Pemerintah Provinsi (Pemprov) DKI Jakarta", "Badan Narkotika Nasional Provinsi (BNNP) Lampung": places after the
            // short form in brackets close the name.
            // "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Grobogan": a region's word before them too.
            if (tables.IsIndonesian && barrier >= 0 && barrier < end
                && (AllPlaces(classes, barrier - start, end - start)
                    || end - barrier >= 2 && tokens[barrier].Key is "kabupaten" or "kota" or "provinsi" && AllPlaces(classes, barrier + 1 - start, end - start)))
                orgName = [.. orgName, .. Words(tables, tokens, barrier, end)];
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = Math.Min(from, orgStart), NameFirst = orgStart, End = orgEnd, Position = position,
                Kind = MentionKind.Organisation, Name = orgName,
                Surface = orgStart < from ? Join(tables, tokens, orgStart, end) : Surface(),
                Bracketed = bracketed ?? innerBracket,
                Title = titledOnly ? Join(tables, tokens, titleStart, orgEnd) : null,
            });
            return;
        }
        // "jelas manajemen Merdeka Copper Gold" after "PT Merdeka Copper Gold Tbk": in Indonesian capitalised words that made
        // nothing else, two or more, ordinary words among them, each a word the article writes in an organisation's name after
        // its head, are that organisation's name without its head and tail.
        if (tables.IsIndonesian && !hasRole && mentions.Count == made && barrier < 0 && end - from >= 2 && Array.IndexOf(classes, Class.Common, from - start, end - from) >= 0
            && ArticleOrganisationWords(tokens, from, end))
        {
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = from, NameFirst = from, End = end, Position = paragraph.Offset + tokens[from].Start,
                Kind = MentionKind.Organisation, Name = Words(tables, tokens, from, end), Surface = Join(tables, tokens, from, end), Bracketed = bracketed,
            });
            return;
        }
        if (hasRole)
        {
            var roleStart = Math.Min(first, from);
            mentions.Add(new Mention
            {
                Block = paragraph.Block, First = roleStart, NameFirst = end, End = end, Position = position,
                Kind = MentionKind.Role, Name = [], Surface = Surface(), Role = Surface(), RoleKey = RoleKey(tokens, roleStart, end),
            });
        }
    }

    // Where the organisation starts after a word of [document-names] in [orgStart, end): at the first word that heads an
    // organisation's name within three words after it, the words between capitalised ordinary ones; else orgStart.
    private int AfterDocumentName(TokenList tokens, Class[] classes, int start, int orgStart, int end)
    {
        for (var t = orgStart; t < end - 1; t++)
        {
            if (!tokens[t].IsCapitalised || !tables.DocumentNames.Contains(tokens[t].Key)) continue;
            for (var u = t + 1; u < end && u <= t + 3; u++)
            {
                if (classes[u - start] == Class.Organisation) return u;
                if (classes[u - start] != Class.Common || !tokens[u].IsCapitalised) break;
            }
            break;
        }
        return orgStart;
    }

    // "kata Freedom House", "Climate Action Tracker menilai": in Indonesian, capitalised English words only, two or more, name
    // a foreign organisation (a person's name has a word of its own).
    private bool EnglishNamed(TokenList tokens, Class[] classes, int start, int from, int end)
    {
        if (!tables.IsIndonesian || end - from < 2) return false;
        for (var k = from; k < end; k++)
            if (classes[k - start] != Class.Common || !tokens[k].IsCapitalised || tokens[k].IsAllCaps || !LanguageTables.English.Common.Contains(tokens[k].Key)) return false;
        return true;
    }

    // Capitalised words each of which is an ordinary word (an Indonesian article's include English ones) or a place, and none a
    // known given name.
    private bool OrdinaryWordsAndPlaces(TokenList tokens, Class[] classes, int start, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (!tokens[k].IsCapitalised || tables.IsKnownGivenName(tokens[k].Text)
                || classes[k - start] is not (Class.Common or Class.Place) && !tables.Common.Contains(tokens[k])) return false;
        return true;
    }

    // Capitalised ordinary words only: no given name, title or place among them ("Electric", "Motors", "League Baseball").
    private bool OrdinaryWordsOnly(TokenList tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            // "General Administration of Customs": "of" between capitalised words too.
            if (k > from && k + 1 < end && tokens[k].Key == "of" && tokens[k].IsLower) continue;
            if (!tokens[k].IsCapitalised || !tables.Common.Contains(tokens[k]) && !tables.OrganisationTails.Contains(tokens[k])
                || tables.IsKnownGivenName(tokens[k].Text) || tables.Roles.Match(tokens, k, k + 1) > 0 || tables.Places.Match(tokens, k, k + 1) > 0) return false;
        }
        return true;
    }

    // "UK Coal said", "British Gas", "US Airways": in English a country's word that is also a title's qualifier, then
    // capitalised ordinary words only, names a firm, not a title (not "British Olympic champion Kelly Holmes").
    private bool PlaceQualifiedName(TokenList tokens, Class[] classes, int start, int from, int end)
    {
        if (!tables.IsEnglish || end - from < 2 || classes[from - start] != Class.Role
            || tables.Places.Match(tokens, from, from + 1) != 1 && !tables.Demonyms.Contains(tokens[from].Key)) return false;
        for (var k = from + 1; k < end; k++)
            if (classes[k - start] != Class.Common || !tokens[k].IsCapitalised) return false;
        return end >= tokens.Count || !(tokens[end].IsLower && tables.Roles.Match(tokens, end, Math.Min(tokens.Count, end + 4)) > 0);
    }

    // "Civil rights group Liberty said", "the charity Shelter": in English ordinary words, capitalised right after a lower-case
    // noun for an organisation, are its name.
    private bool NamedAfterOrganisationNoun(TokenList tokens, Class[] classes, int start, int from, int end)
    {
        if (!tables.IsEnglish || from != start || start == 0 || end - from > 3 || !tokens[start - 1].IsWord || !tokens[start - 1].IsLower
            || tables.OutletNouns.Match(tokens, start - 1, start, out var kind) != 1 || kind == "document" || tables.Roles.Match(tokens, start - 1, start) > 0) return false;
        for (var k = from; k < end; k++)
            if (classes[k - start] != Class.Common || !tokens[k].IsCapitalised) return false;
        return true;
    }

    // Where a capitalised title starts after two or more name words (and initials) that open the run, when an organisation or
    // a place is named after the title ("Ahmad Luthfi Gubernur Jawa Tengah mengatakan"), when the title has two words or more,
    // or when it is an English one after a name the article writes alone; 0 when not.
    private int TitleAfterName(TokenList tokens, Class[] classes, int start, int end)
    {
        var k = start;
        while (k < end && classes[k - start] is Class.Name or Class.Initial) k++;
        // "Jonathan Gunawan Equity Analyst Trimegah Sekuritas menerangkan" … "kata Jonathan": an English title, a word or two
        // in, after two name words or more the first of which the article writes alone, is no part of the name.
        if (k - start >= 2 && k < end && classes[k - start] is Class.Common && articleShortNames.Contains(tokens[start].Key))
            for (var j = k; j < end && j <= k + 1 && classes[j - start] is Class.Common; j++)
                if (LanguageTables.English.Roles.Contains(tokens[j].Key)) return k;
        if (k - start < 2 || k >= end || classes[k - start] != Class.Role || !tokens[k].IsCapitalised) return 0;
        var title = tables.Roles.Match(tokens, k, end);
        // "kata Anto Prabowo Deputi Komisioner Humas dan Logistik OJK": a title of two words or more is no name's word,
        // even where the run stops before its organisation. "Haru Koesmahargyo Wakil Direktur Utama" (printed
        // "KoesmahargyoWakil"): a word that makes the title another office, read as the name's, opens it.
        if (title >= 2)
            return k - 1 - start >= 2 && tokens[k - 1].IsModifier ? k - 1 : k;
        for (var j = k + Math.Max(1, title); j < end; j++)
            if (classes[j - start] is Class.Organisation or Class.Acronym or Class.Place) return k;
        return 0;
    }

    // "P.S.", "H.M.": capital letters each followed by a full stop.
    private static bool IsDottedInitials(string text)
    {
        if (text.Length < 4 || text.Length % 2 != 0) return false;
        for (var i = 0; i < text.Length; i += 2)
            if (!char.IsUpper(text[i]) || text[i + 1] != '.') return false;
        return true;
    }

    // Whether ", a|an|the" and up to three words then a noun in lower case for a body of [outlet-nouns] that is no document or
    // person ("utility", "group", "company", "charity") follow the run ending at end, the noun closing the description (a comma,
    // a stop, "that", "which", "in", "of", "based" or "with" after it; not "the company's chief executive").
    private bool ApposedAsBody(TokenList tokens, int end)
    {
        if (end + 2 >= tokens.Count || !tokens[end].Is(',') || tokens[end + 1].Key is not ("a" or "an" or "the") || !tokens[end + 1].IsLower) return false;
        for (var k = end + 2; k < tokens.Count && k <= end + 5; k++)
        {
            // "a leading German insurer": a capitalised word may qualify the noun, which is in lower case. Not past a preposition,
            // a title or a spokesman ("Jane Doe, a spokeswoman for the company,", "Mary Jones, the head of the charity,"): the
            // noun must head the description.
            if (!tokens[k].IsWord || tokens[k].IsLower && (tables.Prepositions.Contains(tokens[k]) || tables.Roles.Match(tokens, k, k + 1) > 0
                || tokens[k].Key is "spokesman" or "spokeswoman" or "spokesperson")) return false;
            if (!tokens[k].IsLower || tables.OutletNouns.Match(tokens, k, k + 1, out var kind) != 1 || kind == "document") continue;
            return k + 1 < tokens.Count && (tokens[k + 1].Is(',') || tokens[k + 1].EndsSentence
                || tokens[k + 1].IsLower && tokens[k + 1].Key is "that" or "which" or "in" or "of" or "based" or "with");
        }
        return false;
    }

    private static bool HasHeadOrTitle(Class[] classes, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (classes[k] is Class.Organisation or Class.Role or Class.Rank) return true;
        return false;
    }

    // "Andrew Tyrie MP", "Jane Smith QC": a short title in capitals after an English name is no part of it. "Martin Luther
    // King Jr.", "John J. Ray III": the name is found without its suffix (which then ends it again).
    private int NameEnd(TokenList tokens, Class[] classes, int start, int from, int end) =>
        tables.IsEnglish && end - from >= 3 && classes[end - 1 - start] == Class.Role && tokens[end - 1].IsAllCaps && tokens[end - 1].Text.Length <= 3
            && (classes[end - 2 - start] == Class.Name
                // "Frank Field MP": a surname that is also a word, after a given name (not "Amnesty International UK").
                || classes[end - 2 - start] == Class.Common && tokens[end - 2].IsCapitalised && classes[end - 3 - start] == Class.Name
                    && tables.IsGivenName(tokens[end - 3].Text))
            || IsNameSuffix(tokens, from, end) ? end - 1 : end;

    private bool IsNameSuffix(TokenList tokens, int from, int end) =>
        tables.IsEnglish && end - from >= 3 && IsNameSuffix(tokens[end - 1].Key) && !tokens[end - 2].IsAllCaps;

    /// <summary>The suffix that closes an English name: "Jr.", "Sr.", "III".</summary>
    public static bool IsNameSuffix(string key) => key is "jr" or "jr." or "sr" or "sr." or "ii" or "iii" or "iv";

    // Where the person's name starts in [low, end): the last stretch of name words, or -1 when the run names no person.
    private int NameStart(TokenList tokens, Class[] classes, int start, int low, int end, bool afterBracket = false)
    {
        Class At(int k) => classes[k - start];
        var last = end - 1;
        if (last < low) return -1;
        var lastClass = At(last);
        // "Home Office minister Baroness Scotland": a place's word right after a peer's title is the surname; "Mrs Sutherland"
        // (in an article that names the county of Sutherland) after a personal honorific too.
        var peerSurname = lastClass == Class.Place && last - 1 >= low && At(last - 1) == Class.Honorific && tables.IsEnglish
                && (IsPeerage(tokens[last - 1]) || tokens[last - 1].Key is "mr" or "mrs" or "ms" or "miss" or "mr." or "mrs." or "ms.")
            // "said Mr King" after "Paul King": a one-word title after a personal honorific is a surname.
            || lastClass == Class.Role && last - 1 >= low && At(last - 1) == Class.Honorific && tables.IsEnglish && tokens[last].IsCapitalised
                && tokens[last - 1].Key is "mr" or "mrs" or "ms" or "miss" && tables.Roles.Match(tokens, last, last + 1) == 1;
        var ok = lastClass == Class.Name
            // "Asisten II Setdaprov Riau, Apollonius Andwie C": an Indonesian name may end in an initial.
            // Not "Sukuk Ijarah I", "Obligasi Berkelanjutan I": a Roman numeral ends a series' name.
            // Not "Kepala Peleton B": one word before the initial must be a known given name.
            || lastClass == Class.Initial && tables.IsIndonesian && last - 1 >= low && At(last - 1) == Class.Name && tokens[last].Text.TrimEnd('.') is not ("I" or "V" or "X")
                && (last - 2 >= low && At(last - 2) == Class.Name || tables.IsGivenName(tokens[last - 1].Text)
                    // "kata Asisten II Setdaprov Riau, Helmi D, Selasa": or the two words alone, set off by commas.
                    || last - 1 == start && start > 0 && tokens[start - 1].Is(',') && end < tokens.Count && tokens[end].Is(','))
            // "Elizabeth France", "Michael Jordan": a known given name makes the place's word after it a surname.
            || lastClass == Class.Place && last - 1 >= low && At(last - 1) == Class.Name && tables.IsGivenName(tokens[last - 1].Text)
            || peerSurname
            || (lastClass is Class.Common or Class.Acronym && last - 1 >= low && At(last - 1) is Class.Name or Class.Initial && tokens[last].Text.Length <= (lastClass == Class.Acronym ? 2 : 99))
            // "Nguyen Van Hung", "Ludwig van Long": an ordinary word after a name's particle that follows a name word ends the name.
            || lastClass is Class.Common && tokens[last].IsCapitalised && last - 2 >= low && At(last - 1) is Class.Particle && At(last - 2) is Class.Name
            // "Rep. Brian King", "Martin Luther King": a one-word title after a given name is the surname.
            // Not "a Georgia Democrat": a party's member is no surname, though the state before it is also a given name.
            || (tables.IsEnglish && lastClass is Class.Role or Class.Rank && last - 1 >= low && At(last - 1) is Class.Name && tokens[last].IsCapitalised
                && tables.Roles.Match(tokens, last, last + 1) + tables.Ranks.Match(tokens, last, last + 1) == 1
                && tokens[last].Key is not ("democrat" or "republican" or "tory" or "conservative" or "liberal" or "independent"))
            // "Ketua DPRD Banten, Fahmi Hakim, menyatakan" … "Fahmi juga mengatakan": in Indonesian too, a one-word title after a
            // known given name or one the article uses alone, set off by a comma or a stop, is the surname (not "Sutrisno Kades
            // setempat", "Heru Kepala dusun Ngandong").
            || (tables.IsIndonesian && lastClass is Class.Role && last - 1 >= low && At(last - 1) is Class.Name && tokens[last].IsCapitalised
                && (tables.IsGivenName(tokens[last - 1].Text) || articleShortNames.Contains(tokens[last - 1].Key)
                    // "Kepala Dinas Kesehatan TTS, drg. Melkianus Benu Ratu," … "kata Melkianus": or two words before it, the
                    // first one so.
                    || last - 2 >= low && At(last - 2) is Class.Name && (tables.IsGivenName(tokens[last - 2].Text) || articleShortNames.Contains(tokens[last - 2].Key)))
                && tables.Roles.Match(tokens, last, last + 1) == 1 && tables.Roles.Match(tokens, last - 1, last + 1) == 0
                && (end >= tokens.Count || tokens[end].Is(',') || tokens[end].EndsSentence
                    // "Ketua KPU RI Ahmad Fauzan Hakim mengatakan": or after two words of a name, whatever follows.
                    || last - 2 >= low && At(last - 2) is Class.Name && tokens[last - 2].IsCapitalised));
        if (!ok) return -1;
        var s = last;
        while (s - 1 >= low)
        {
            var c = At(s - 1);
            var before = s - 2 >= low ? At(s - 2) : (Class?)null;
            // "Wartawan Al Jazeera Katrina Yu mengatakan", "Standard Chartered Suki Cooper": an outlet's or a firm's name the tables
            // know ([outlets], [firms]) ends the name of the person after it, when two words follow it.
            // "Portfolio Manager Schroders Irwanti" … "kata Irwanti": before a one-word name too, when the article writes it alone.
            // "Ekonom Senior Indef Aviliani mengatakan": before a one-word name where the sentence goes on in lower case, too,
            // when the firm is not written in capitals (not "Brigadir Jenderal Arnold AP Ritiauw", AP the news agency).
            if ((last - s + 1 >= 2 || articleShortNames.Contains(tokens[last].Key)
                    || last == s && At(last) == Class.Name && !tokens[s - 1].IsAllCaps && end < tokens.Count && tokens[end].IsWord && tokens[end].IsLower)
                && KnownNameEndsAt(tokens, low, s)) break;
            // "Universitas Udayana Ni Nyoman Dewi Pascarani", "Disdikpora Denpasar Anak Agung Gede Wiratama": a Balinese name
            // opens where its opening words stand.
            if (s - 2 >= low && NameOpenerAt(tokens, s - 2, last + 1) == 2) { s -= 2; break; }
            if (NameOpenerAt(tokens, s - 1, last + 1) == 1) { s--; break; }
            // "Dirjen Kemendagri Mochamad Ardian", "Kepala Terminal Pulo Gebang Bernad …": an organisation's or place's
            // word ends the name, when two name words follow it and no initial or name prefix stands before it.
            // "Tim Hukum Amin Bambang Widjojanto": a short name the article gave someone else in brackets ends the name too.
            if (c is Class.Name && last - s + 1 >= 2 && articleBracketedNames.Contains(tokens[s - 1].Key)) break;
            // "Fraksi Partai Golkar Ahmad Doli Kurnia Tandjung", "SMA Negeri 1 Giri Mohammad Imron": a given name that opens
            // names ends the title or organisation before it, unless that word is a given name or a name's prefix too.
            if (c is Class.Name or Class.Common or Class.Place && s < last
                // "penasihat ekonomi kepala Allianz Mohamed El-Erian": the run's first word, after a lower-case title, too.
                && (s - 1 > start || start > 0 && tokens[start - 1].IsWord && (char.IsDigit(tokens[start - 1].Text[0]) || tokens[start - 1].IsLower && tables.Roles.Contains(tokens[start - 1].Key)))
                && (tables.OpeningGivenNames.Contains(tokens[s].Key)
                    // Not "Febrio Nathan Kacaribu" … "kata Febrio": an Indonesian name with an English middle name.
                    // Not "Menteri Luar Negeri Spanyol José Manuel Albares": two foreign given names in a row are one name's.
                    || s == last - 1 && IsForeignGivenName(tokens[s].Key) && !articleShortNames.Contains(tokens[s - 1].Key)
                        && !LanguageTables.English.GivenNames.ContainsKey(tokens[s - 1].Key)
                        // Not "Kepala BKF Febrio Nathan Kacaribu": the word right after an organisation's acronym opens the name.
                        && !(s - 2 >= low && tokens[s - 2].IsAllCaps && tokens[s - 2].Text.Length >= 2 && c is Class.Name && !IsOrganisationWord(tokens[s - 1].Key)))
                && !tables.GivenNames.ContainsKey(tokens[s - 1].Key) && !tables.OpeningGivenNames.Contains(tokens[s - 1].Key)
                // Not "Ketua Tim Likuidasi Wanaartha Life Harvardy Muhammad Iqbal" … "kata Harvardy.": a word the article uses alone as a name.
                && !articleShortNames.Contains(tokens[s - 1].Key)
                // Not "I Gusti Agung Putu Nuaba": a title inside a name two words before keeps the word between in the name
                // (not any prefix: "Sri Lanka Ali Sabry", "Komisi I DPR").
                && !tables.NamePrefixes.Contains(tokens[s - 1]) && !(s - 2 >= low && tables.NameTitles.Contains(tokens[s - 2].Key) && tokens[s - 1].IsCapitalised)) break;
            // "Direktur Keuangan KB Bukopin Seng Hyup Shin": a word right after an organisation's name the article writes
            // alone opens the person's name, even a word that is often an organisation's ("Seng", as in "Hang Seng").
            if (c is Class.Name && last - s + 1 >= 2 && s - 2 >= low && IsOrganisationWord(tokens[s - 1].Key)
                && articleNamesWrittenAlone.Contains(tokens[s - 2].Key) && !articleNamesWrittenAlone.Contains(tokens[s - 1].Key)
                && !articleShortNames.Contains(tokens[s - 2].Key)) { s--; break; }
            // "Direktur Jenderal … Kemendagri Bahtiar" … "ujar Bahtiar": one name word too, when the article uses it alone.
            // "Direktur Keuangan Krakatau Steel Tardi" … "tambah Tardi": after a firm's word in Indonesian, not a given name.
            if (last == s && (c is Class.Name && (tokens[s - 1].IsAllCaps && tokens[s - 1].Text.Length >= 2 || tables.IsIndonesian && IsMinistryShortName(tokens[s - 1].Key))
                    || c is Class.Common && tables.IsIndonesian && !tables.IsGivenName(tokens[s - 1].Text) && !LanguageTables.English.GivenNames.ContainsKey(tokens[s - 1].Key)
                    // "Kasi Intel Kejaksaan Negeri Kuantan Singingi Soenardi" … "kata Soenardi": a word this article writes in an
                    // organisation's or place's name ("Kejaksaan Negeri Kuantan Singingi,"), no known given name.
                    || c is Class.Name && tables.IsIndonesian && s - 2 >= low && EndsRunElsewhere(tokens, s - 2) && !tables.IsKnownGivenName(tokens[s - 1].Text))
                && IsOrganisationWord(tokens[s - 1].Key) && articleShortNames.Contains(tokens[s].Key)
                && (before is not (Class.Initial or Class.Name) || before is Class.Name && (c is Class.Common ? IsOrganisationWord(tokens[s - 2].Key) : EndsRunElsewhere(tokens, s - 2)) && !tables.IsGivenName(tokens[s - 2].Text))
                && !(s - 2 >= start && tables.NamePrefixes.Contains(tokens[s - 2]))) break;
            // "Direktur Utama Waskita Karya Mursyid mengatakan" where the article writes "PT Waskita Karya (Persero) Tbk": in
            // Indonesian a word of the tables' [org-words] that ends a name elsewhere in the article, after a title, ends it
            // before one name word too, though the article never writes that word alone (not "Nama Hotman Paris Hutapea").
            if (tables.IsIndonesian && last == s && c is Class.Name && s - 2 >= low && s - 2 > start && tables.Roles.Match(tokens, start, s - 2) > 0
                && tables.OrganisationWords.Contains(tokens[s - 1].Key) && EndsRunElsewhere(tokens, s - 2)
                && !tables.IsKnownGivenName(tokens[s - 1].Text) && !tables.NamePrefixes.Contains(tokens[s - 2])) break;
            // Not "DJPPR Chandra Akyun Singgih Wibowo": a known given name opens the name, though firms use it too.
            // Nor "PT Prima Global Baverindo (PGB) Mustika Aji Jaya Binangun": the bracket closed the firm's name (not a title's
            // short form: "Chief Financial Officer (CFO) Indosat Eyas Naif Assaf").
            // Not "PT Phillip Sekuritas Indonesia, Anugerah Zamzami Nasr": the run's first word right after a comma opens the name.
            if ((c is Class.Name || c is Class.Common && tables.IsIndonesian && s - 2 >= low && EndsRunElsewhere(tokens, s - 2)) && last - s + 1 >= 2 && IsOrganisationWord(tokens[s - 1].Key) && before is not Class.Initial && !(afterBracket && s - 1 == low)
                && !(s - 1 == low && low > 0 && tokens[low - 1].Is(','))
                // Nor "Martin Pandiangan dan Kresna Piet Wiryawan": right after "dan" that follows a name.
                && !(s - 1 == low && low >= 2 && tokens[low - 1].Key is "dan" or "and" && tokens[low - 1].IsLower && tokens[low - 2].IsCapitalised && !tokens[low - 2].IsAllCaps)
                && !(s - 2 >= start && tables.NamePrefixes.Contains(tokens[s - 2])) && !ShortNameBefore(tokens, classes, start, low, s - 1)
                && !tables.GivenNames.ContainsKey(tokens[s - 1].Key)) break;
            // "kata Analis & AVP Moody's Maisam Hasnain": Indonesian has no possessive, so a word with an English one is a
            // firm's name ("Moody's", "McDonald's") and ends the title before a person's name of two words or more (not
            // "Moody's Analytics").
            if (c is Class.Name && tables.IsIndonesian && last - s + 1 >= 2 && tokens[s - 1].IsPossessive) break;
            // "Wali Kota Palembang Ratu Dewa", "Menteri Kehutanan Raja Juli Antoni": a royal title right after another title's
            // words, or its place or organisation, is a given name that opens the person's name ("Ratu Elizabeth" stays a title).
            // "Anggota Komisi II DPR Hj. Ratu Dewi Kartika": after an honorific too.
            if (c is Class.Role && tables.RoyalTitles.Contains(tokens[s - 1].Key) && before is Class.Role or Class.Place or Class.Organisation or Class.Acronym or Class.Honorific)
            {
                s--;
                break;
            }
            if (c is Class.Name or Class.Initial) s--;
            // "Nick Van den Brul", "Ursula von der Leyen": particles, one or two, inside a name.
            else if (c is Class.Particle && before is Class.Name or Class.Particle or Class.Common) s--;
            // "said Le Thi Hong Nhung": in English a capitalised particle that opens the run before two name words or more opens
            // the name (a Vietnamese surname, "Le", is also a French article).
            else if (c is Class.Particle && s - 1 == start && tables.IsEnglish && tokens[s - 1].IsCapitalised && last - s + 1 >= 2
                && (start == 0 || !tokens[start - 1].IsCapitalised)) { s--; break; }
            // "Immigration minister Des Browne", "coach Van Gaal": a capitalised particle right after a title opens the name.
            // "Wakil Menteri Luar Negeri China Le Yucheng", "analyst Steven Van Rourke": after a place or an organisation too.
            else if (c is Class.Particle && tokens[s - 1].IsCapitalised && (before is Class.Role or Class.Rank or Class.Honorific or Class.Place or Class.Organisation
                || s - 1 == start && start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsLower && tables.Roles.Contains(tokens[start - 1].Key))) { s--; break; }
            // "analyst Nick Van den Brul", "Finance Minister Sue Essex": in English a capitalised ordinary word between a title
            // and the rest of a name is the given name (in Indonesian it is the title's field: "Direktur Pasar Budi Santoso").
            else if (c is Class.Common && tables.IsEnglish && tokens[s - 1].IsCapitalised && s - 2 >= start
                && before is Class.Role or Class.Rank or Class.Honorific) { s--; break; }
            else if (c is Class.Common && before is Class.Name or Class.Initial) s--;
            // "Direktur Utama BEI Iman Rachman": between an organisation's acronym and a one-word name, a capitalised ordinary
            // word is the given name (an organisation's field comes before its acronym: "Pasar Modal OJK").
            // "DJPPR Kemenkeu Lucky Alfirman": after a ministry's or body's well-known short form too ([organisation-aliases]).
            else if (c is Class.Common && last == s && tokens[s - 1].IsCapitalised
                && (before is Class.Acronym || before is Class.Organisation && tables.OrganisationAliases.ContainsKey(tokens[s - 2].Key))) { s--; break; }
            // "CEO Pantera Capital Dan Morehead", "CEO Apple Tim Cook": an English given name that Indonesian writes only as a
            // lower-case word ("dan", "tim"), capitalised inside the run before a one-word surname, opens the person's name.
            // "Senator partai Republik dari Lousiana, Bill Casssidy mengatakan": or opening the run after a comma.
            else if (c is Class.Common && last == s && (s - 1 > start || start > 0 && tokens[start - 1].Is(',')) && tokens[s - 1].IsCapitalised
                && IsForeignGivenName(tokens[s - 1].Key)) { s--; break; }
            // "Kementerian Perdagangan (Kemendag) Oke Nurwan": after an organisation's bracketed short name, too.
            else if (c is Class.Common && tokens[s - 1].IsCapitalised && s - 2 >= 0 && tokens[s - 2].Is(')')) { s--; break; }
            // "Kepala Klinik Cahaya Kebagusan Grace Maria Kendek Allo" and "pungkas Grace": a word the article uses alone as
            // the person's name opens it, even where it is also an ordinary word.
            else if (c is Class.Common && tokens[s - 1].IsCapitalised && articleShortNames.Contains(tokens[s - 1].Key)) { s--; break; }
            // "yakni Do Kwon mengatakan": an ordinary word that opens the run inside a sentence, before a one-word name, is the
            // given name; nothing before it makes it a title's field.
            else if (c is Class.Common && s - 1 == start && last == s && start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsLower
                && !tokens[start].Text.Contains('-')) s--;
            // "ujar Setia Budi Purwadi, Corporate Secretary TOTO": in Indonesian an ordinary word that the tables also know as
            // a given name ("setia", loyal), opening the run right after a lower-case word, opens the name of any length.
            else if (c is Class.Common && s - 1 == start && start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsLower && tables.IsIndonesian
                && tables.IsGivenName(tokens[start].Text) && !tokens[start].Text.Contains('-')) s--;
            // '"…," Will Davies, senior research fellow at the IPPR told': an ordinary word opening the run right after a
            // quotation closed on a comma, before a one-word name, is the given name of the cue's subject.
            else if (c is Class.Common && s - 1 == start && last == s && start >= 2 && tokens[start - 1].Text is "\"" or "\u201D"
                && tokens[start - 2].Is(',') && !tokens[start].Text.Contains('-')) s--;
            // "said Sung Won Sohn, chief US economist": in English two ordinary words that open the run right after a verb of
            // speech, before a one-word name, are the person's given names.
            else if (c is Class.Common && before is Class.Common && s - 2 == start && last == s && tables.IsEnglish && start > 0
                && tokens[start - 1].IsLower && tables.CueVerbs.Match(tokens, start - 1, start) == 1 && tokens[start].IsCapitalised) { s -= 2; break; }
            // "…, Maya Kusumawardhani, mengatakan": a name set off by commas after a description, first word and all (not a
            // qualifier: "its director, Tunisian-born Abdellatif Kechiche,").
            // "…, Bijaksana Junerosano (Sano), menilai …": past a nickname in brackets too.
            else if (c is Class.Common && s - 1 == start && start > 0 && tokens[start - 1].Is(',') && end - start <= 3
                && (end < tokens.Count && tokens[end].Is(',') || end + 3 < tokens.Count && tokens[end].Is('(') && tokens[end + 2].Is(')') && tokens[end + 3].Is(',')
                    // "Di kolong rumahnya …, Bunga Rahmatia Lapangara (67) masih memelihara …": or an age after it.
                    || ArticlePeople.PastAge(tokens, end) > end)
                && !IsHyphenatedQualifier(tokens[start].Text)) s--;
            // "Miles Shipside, commercial director at Rightmove, said": in English a given name that is also a word, opening
            // the run before a one-word name, is the given name.
            else if (c is Class.Common && s - 1 == start && last == s && tables.IsEnglish && tables.IsGivenName(tokens[s - 1].Text)) s--;
            // "Maria Ratu Dhae": a role word standing between two names is part of the name. Not in English, where a
            // capitalised title follows its organisation's name: "Fed Chair Jerome Powell", "Treasury Secretary Scott Bessent".
            // "C Raja Mohan": after an initial too (not a class's or a company's letter: "kelas IX B Ratu Amelia Putri").
            else if (c is Class.Role && !tables.IsEnglish && (before is Class.Name || before is Class.Initial && !(s - 3 >= 0 && IsNumberWord(tokens[s - 3].Text)))
                && tokens[s - 1].IsCapitalised && s - 1 == Array.IndexOf(classes, Class.Role, s - 1 - start) + start) s--;
            // "Bambang P.S. Brodjonegoro": initials written with full stops between two name words are the middle name's.
            else if (c is Class.Acronym && before is Class.Name && IsDottedInitials(tokens[s - 1].Text)) s--;
            // "Pelindo II Muhammad Awaluddin": a Roman numeral ends an organisation's name, it is no initial.
            // Not "Deputi Gubernur BI Juda Agung": an institution's two-letter short name is never a person's initials.
            else if (c is Class.Acronym && tokens[s - 1].Text.Length <= 2 && !articleAcronyms.Contains(tokens[s - 1].Key) && tokens[s - 1].Text is not ("II" or "IV" or "VI" or "IX" or "XI")
                && !tables.InstitutionInitials.Contains(tokens[s - 1].Key)
                && (before is null or Class.Name or Class.Initial or Class.Rank or Class.Role or Class.Honorific
                    // "PT Waskita Beton Precast Tbk FX Poerbayu Ratsunu": after a company's closing word, too.
                    || before is Class.Organisation && tables.OrganisationTails.Contains(tokens[s - 2]))) s--;
            else break;
        }
        // "Wakil Menteri Keuangan I Suahasil Nazara": a lone "I" after a title, opening no Balinese name, is the title's
        // number ("Direktur Produksi I Dewa Wirantaya" is a Balinese name, "I" and all); also after a bracketed short name
        // ("Wakil Menteri Badan Usaha Milik Negara (BUMN) I Pahala Mansury").
        if (tables.IsIndonesian && tokens[s].Text == "I" && s < last && (s - 1 >= low ? At(s - 1) is not Class.Name : s >= 3 && tokens[s - 1].Is(')') && tokens[s - 2].IsAllCaps && tokens[s - 3].Is('('))
            && NameOpenerAt(tokens, s, last + 1) == 0) s++;
        // "Kota Serang Hari W Pamungkas": a word before a middle initial is a given name, even an ordinary word.
        else if (At(s) == Class.Initial && s - 1 >= low && At(s - 1) == Class.Common && s < last && tokens[s].Text != "I") s--;
        var names = 0;
        var initials = 0;
        for (var k = s; k <= last; k++)
        {
            if (At(k) == Class.Name) names++;
            if (At(k) == Class.Initial && k > s && k < last) initials++;
        }
        if (names == 0 && peerSurname && s == last) names = 1;
        if (names == 0 && initials == 0) return -1;
        // "Ketua Umum Asosiasi Importir Daging Nusantara (Asidanu), Hengky …", "Direktur Bank Nusantara": in Indonesian one word
        // of the tables' [org-words] after an organisation's head and its words closes the organisation's name, when it is no
        // known given name and the article never writes it alone as someone's name.
        if (tables.IsIndonesian && s == last && s - 1 >= low && At(s - 1) is Class.Common or Class.Organisation or Class.Place
            && tables.OrganisationWords.Contains(tokens[s].Key) && !tables.IsKnownGivenName(tokens[s].Text) && !articleShortNames.Contains(tokens[s].Key)
            && Array.IndexOf(classes, Class.Organisation, low - start, s - low) >= 0) return -1;
        // Particles are no words of the limit: "Juan Antonio de la Torre Gómez", "María del Carmen Ruiz de Alarcón".
        for (int k = last, counted = 0; k >= s; k--)
            if (At(k) != Class.Particle && ++counted > MaxNameWords)
            {
                s = k + 1;
                break;
            }
        return s;
    }

    // Whether an outlet's or a firm's name of the tables ends right before token end, opening at or after low (a walk back of
    // at most MaxKnownNameWords words).
    private bool KnownNameEndsAt(TokenList tokens, int low, int end)
    {
        for (var j = end - 1; j >= low && j >= end - MaxKnownNameWords; j--)
            if (tables.Outlets.Match(tokens, j, end) == end - j || tables.Firms.Match(tokens, j, end) == end - j) return true;
        // "… (ILMATE) Kemenperin Heru Santoso Gunawan": a body's well-known short form ([organisation-aliases]).
        return end - 1 >= low && tables.OrganisationAliases.ContainsKey(tokens[end - 1].Key);
    }

    // The most words of a name in the tables' [outlets] and [firms] ("the new york times").
    private const int MaxKnownNameWords = 6;

    // "Kepala Investasi Guggenheim Scott Minerd": in Indonesian news an English given name, and not an Indonesian one too
    // ("Dede Yusuf") nor a name's particle ("Muksin Al Fachry"), opens the two-word name of a foreign analyst after a firm's name.
    private bool IsForeignGivenName(string key) =>
        tables.IsIndonesian && LanguageTables.English.GivenNames.ContainsKey(key) && !tables.GivenNames.ContainsKey(key) && !tables.Particles.Contains(key);

    // "Muslim Jaya Butar Butar" and later "kata Muslim": the word before an organisation's word ("Jaya") is the name's first
    // one when the article uses it alone as the person's name, so the organisation's word is inside the name.
    private bool ShortNameBefore(TokenList tokens, Class[] classes, int start, int low, int k)
    {
        for (var j = k - 1; j >= low && classes[j - start] is Class.Name; j--)
            if (articleShortNames.Contains(tokens[j].Key)) return true;
        return false;
    }

    // "Kejaksaan Negeri Kuantan Singingi Soenardi" where the article also writes "Kejaksaan Negeri Kuantan Singingi," and
    // "PT Waskita Karya (Persero)": the two words at k end a run of capitalised words elsewhere, so they end a name there.
    private bool EndsRunElsewhere(TokenList tokens, int k) =>
        (articleRunEnds ??= FindRunEnds(articleParagraphs)).GetAlternateLookup<ReadOnlySpan<char>>().Contains(PairKey(tokens[k].Key, tokens[k + 1].Key, stackalloc char[tokens[k].Key.Length + tokens[k + 1].Key.Length + 1]));

    private static ReadOnlySpan<char> PairKey(string first, string second, Span<char> buffer)
    {
        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return buffer;
    }

    /// <summary>
    /// Two capitalised words the article writes at the end of a run of them, outside quotations ("Kuantan Singingi,",
    /// "Waskita Karya (Persero)"), as "first second" keys, for <see cref="EndsRunElsewhere"/>.
    /// </summary>
    public static HashSet<string> FindRunEnds(List<Paragraph> paragraphs)
    {
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var i in paragraph.Capitalised)
                if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && !paragraph.InQuote[i + 1]
                    && (i + 2 == tokens.Count || !tokens[i + 2].IsCapitalised && !tokens[i + 2].IsInitial))
                    ends.Add(tokens[i].Key + " " + tokens[i + 1].Key);
        }
        return ends;
    }

    private static bool AllCapitalised(TokenList tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (!tokens[k].IsCapitalised) return false;
        return true;
    }

    private static bool HasAmpersand(TokenList tokens, int from, int end)
    {
        for (var k = from + 1; k < end - 1; k++)
            if (tokens[k].Text == "&") return true;
        return false;
    }

    private static bool OnlyCommon(Class[] classes, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (classes[k] != Class.Common) return false;
        return true;
    }

    private bool AllWrittenAlone(TokenList tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (!articleNamesWrittenAlone.Contains(tokens[k].Key) || articleShortNames.Contains(tokens[k].Key)) return false;
        return true;
    }

    // The one digit that closes a broadcaster's name ("Radio 4", "Channel 4"), with a possessive too ("BBC Radio 4's Today
    // programme").
    private static bool IsNameNumber(string text) =>
        char.IsDigit(text[0]) && (text.Length == 1 || text.Length == 3 && text[1] is '\'' or '\u2019' && text[2] == 's');

    // Whether the first `count` classes are each one of the three.
    private static bool OnlyClasses(Class[] classes, int count, Class a, Class b, Class c)
    {
        for (var k = 0; k < count; k++)
            if (classes[k] != a && classes[k] != b && classes[k] != c) return false;
        return true;
    }

    // Capitalised words each of which the article writes in an organisation's name after its head (FindOrganisationWords).
    private bool ArticleOrganisationWords(TokenList tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (!tokens[k].IsCapitalised || !articleOrganisationWords.Contains(tokens[k].Key)) return false;
        return true;
    }

    // "Kemendag", "Kemendagri", "Kemenkes": Indonesian ministries are shortened from "Kementerian".
    // "Juru Bicara Kemlu Arief Wicaksono Hadi": a ministry's short name ([organisation-aliases]) is an organisation's word too.
    private bool IsOrganisationWord(string key) =>
        (tables.OrganisationWords.Contains(key) || articleOrganisationWords.Contains(key) || tables.IsIndonesian && IsMinistryShortName(key))
        && !articleShortNames.Contains(key);

    private bool IsMinistryShortName(string key) =>
        key.Length >= 6 && key.StartsWith("kemen", StringComparison.Ordinal)
        || key.StartsWith("kem", StringComparison.Ordinal) && tables.OrganisationFullName(key) is not null;

    private HashSet<string> articleAcronyms = new(StringComparer.Ordinal);
    private Class[] classBuffer = new Class[16];
    private IReadOnlySet<string> articleOrganisationWords = new HashSet<string>();
    private IReadOnlySet<string> articleShortNames = new HashSet<string>();
    private IReadOnlySet<string> articleNamesWrittenAlone = new HashSet<string>();
    // Made on the first question (few articles ask): the pairs of words that end a run of capitalised words.
    private HashSet<string>? articleRunEnds;
    private List<Paragraph> articleParagraphs = [];

    /// <summary>
    /// Words the article writes as a whole short organisation's or place's name after its head ("Partai Golkar",
    /// "Universitas Andalas", "di Gunung Kidul."), for <see cref="IsOrganisationWord"/>.
    /// </summary>
    public static HashSet<string> FindOrganisationWords(List<Paragraph> paragraphs, LanguageTables tables)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var longestHead = Math.Max(1, tables.OrganisationHeads.LongestPhrase);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            // A head (or a place word) is read only where a capitalised word follows it, at most the longest head's length
            // before one: each place once.
            var read = -1;
            foreach (var capitalised in paragraph.Capitalised)
            for (var i = Math.Max(capitalised - longestHead, read + 1); i < capitalised; i++)
            {
                read = i;
                if (!tokens[i].IsWord || paragraph.InQuote[i]) continue;
                var head = tables.OrganisationHeads.Match(tokens, i, tokens.Count);
                // "warga Budi Santoso", "asal Ponorogo": of the place words only those before a place or an office.
                if (head == 0 && tokens[i].IsLower && tables.PlaceMarkers.Contains(tokens[i]) && tokens[i].Key is not ("warga" or "asal")) head = 1;
                if (head == 0) continue;
                var end = i + head;
                while (end < tokens.Count && end - i - head < 5 && tokens[end].IsCapitalised && !tokens[end].IsInitial) end++;
                // ("PT Tambang Mas Andalas Tbk": three words and the firm's closing word.)
                var tail = end > i + head && tables.OrganisationTails.Contains(tokens[end - 1]) ? 1 : 0;
                if (end == i + head || end - i - head - tail > 3 || end < tokens.Count && tokens[end].IsCapitalised) continue;
                for (var k = i + head; k < end; k++)
                    if (!IsTitle(tokens, k, tables)) words.Add(tokens[k].Key);
            }
        }
        return words;
    }

    /// <summary>
    /// "Pendiri Drone Emprit Ismail Fahmi" and elsewhere "analisis Drone Emprit atas": capitalised words the article also
    /// writes alone, two or more inside a sentence, name an organisation or a place where two more capitalised words follow
    /// them, so the person's name starts after them (<see cref="IsOrganisationWord"/>), and written alone they name no person.
    /// </summary>
    public static HashSet<string> FindNamesWrittenAlone(List<Paragraph> paragraphs, LanguageTables tables)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, int>? single = null;
        var runs = new List<(Paragraph Paragraph, int Start, int End)>();
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            var next = 0; // past the run read last
            foreach (var i in paragraph.Capitalised)
            {
                if (i < next || paragraph.InQuote[i]) continue;
                var end = i + 1;
                while (end < tokens.Count && tokens[end].IsCapitalised && !paragraph.InQuote[end]) end++;
                if (end - i >= 3) runs.Add((paragraph, i, end));
                // In Indonesian, "penjualan Phapros", "buatan Phapros": one word alone after a lower-case word that is no cue, no
                // preposition and no conjunction (not "kata Hadi", "oleh Kresna", "dan Kresna").
                if (tables.IsIndonesian && end - i == 1 && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsLower && !tokens[i].IsAllCaps
                    && tables.CueVerbs.Match(tokens, i - 1, i) == 0 && tables.AccordingTo.Match(tokens, i - 1, i) == 0 && !tables.Prepositions.Contains(tokens[i - 1])
                    && tokens[i - 1].Key is not ("dan" or "atau" or "serta" or "dengan" or "bersama" or "yakni" or "yaitu"))
                    (single ??= new Dictionary<string, int>(StringComparer.Ordinal))[tokens[i].Key] = single.GetValueOrDefault(tokens[i].Key) + 1;
                // Not "tegas AKP Gian", "kata Pak Budi": a rank or an honorific opens a person's short name.
                if (end - i >= 2 && i > 0 && tokens[i - 1].IsLower && (end == tokens.Count || !tokens[end].IsWord || tokens[end].IsLower)
                    && tables.Ranks.Match(tokens, i, end) == 0 && tables.Honorifics.Match(tokens, i, end) == 0)
                    alone.Add(Join(tables, tokens, i, end));
                next = end;
            }
        }
        // "Direktur Utama Phapros Hadi Kardoko" where the article writes "penjualan Phapros" and "buatan Phapros": a word the
        // article writes alone twice or more, no given name, is a firm's or a place's before two more capitalised words.
        if (single is not null)
            foreach (var (paragraph, start, end) in runs)
                for (var i = start; i + 3 <= end; i++)
                    if (single.GetValueOrDefault(paragraph.Tokens[i].Key) >= 2 && !tables.IsKnownGivenName(paragraph.Tokens[i].Text)
                        // Not "Waskita Karya Ermy Puspa Yunita": an ordinary or organisation's word after it goes on with the firm's name.
                        && !IsTitle(paragraph.Tokens, i, tables) && !tables.Common.Contains(paragraph.Tokens[i + 1])
                        && !tables.OrganisationWords.Contains(paragraph.Tokens[i + 1].Key) && !tables.OrganisationTails.Contains(paragraph.Tokens[i + 1])) words.Add(paragraph.Tokens[i].Key);
        if (alone.Count == 0) return words;
        // A stretch can be a name written alone only if its first word opens one: the others are never joined to be looked up.
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in alone) firstWords.Add(name[..name.IndexOf(' ')]);
        // Each stretch is looked up as Join would write it, one word longer each time, in a buffer: no string per stretch.
        var aloneText = alone.GetAlternateLookup<ReadOnlySpan<char>>();
        var stretch = Array.Empty<char>();
        foreach (var (paragraph, start, end) in runs)
        {
            if (end - start < 4) continue;
            var tokens = paragraph.Tokens;
            // The run's words with a space after each fit in its text and one character a word.
            var longest = tokens[end - 1].End - tokens[start].Start + end - start;
            if (stretch.Length < longest) stretch = new char[Math.Max(longest, 2 * stretch.Length)];
            for (var i = start; i + 4 <= end; i++)
            {
                if (!firstWords.Contains(NameWord(tables, tokens, i, i + 1))) continue;
                // "M. Nafan Aji Gusta Utama" and "kata Nafan Aji": after a person's initial or name prefix the words are the
                // person's name, whatever the article writes alone.
                if (i > start && (tokens[i - 1].IsInitial || tables.NamePrefixes.Contains(tokens[i - 1]))) continue;
                var at = 0;
                AppendNameWord(tables, tokens, i, i + 1, stretch, ref at, i);
                for (var length = 2; i + length + 2 <= end; length++)
                {
                    AppendNameWord(tables, tokens, i + length - 1, i + length, stretch, ref at, i + length - 1);
                    if (!aloneText.Contains(stretch.AsSpan(0, at))) continue;
                    for (var k = i; k < i + length; k++)
                        if (!IsTitle(tokens, k, tables)) words.Add(tokens[k].Key);
                }
            }
        }
        return words;
    }

    /// <summary>
    /// Single words the article uses as someone's short name at a cue ("kata Danang,", "Airlangga menilai"): they are
    /// names in this article even where the corpus mostly writes them in organisations' and places' names.
    /// </summary>
    public static HashSet<string> FindShortNames(List<Paragraph> paragraphs, LanguageTables tables)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var i in paragraph.Capitalised)
            {
                if (i + 1 >= tokens.Count || tokens[i].IsAllCaps || paragraph.InQuote[i]) continue;
                bool Cue(int k) => tokens[k].IsLower && tables.CueVerbs.Match(tokens, k, tokens.Count) > 0;
                // "kata Rivan, Selasa", and "ujar Rivan dalam keterangannya": the cue's subject, then a comma, a stop or where and
                // when it was said.
                if (i > 0 && Cue(i - 1) && (tokens[i + 1].Text is "," or "." || tokens[i + 1].IsLower && (tables.Prepositions.Contains(tokens[i + 1])
                        || tokens[i + 1].Key is "dalam" or "saat" or "ketika" or "usai" or "seusai" or "in" or "at" or "on" or "when"))
                    || Cue(i + 1) && (paragraph.StartsSentence(i) || i > 0 && tokens[i - 1].Is(','))) names.Add(tokens[i].Key);
            }
        }
        return names;
    }

    public void UseOrganisationWords(IReadOnlySet<string> words, IReadOnlySet<string> shortNames, IReadOnlySet<string> writtenAlone, List<Paragraph> paragraphs)
    {
        (articleRunEnds, articleParagraphs) = (null, paragraphs);
        articleOrganisationWords = words;
        articleShortNames = shortNames;
        articleNamesWrittenAlone = writtenAlone;
    }
    // The token taken for a place only by its position after a role, in the run being classed.
    private int guessedPlace = -1;

    /// <summary>
    /// Acronyms the article uses on their own ("BI", "AS": a short capital word standing alone is not an initial) and short
    /// names it gives in brackets ("Muhaimin Iskandar (Amin)": such a word ends the organisation before another name).
    /// </summary>
    public void UseShortForms(HashSet<string> acronyms, HashSet<string> bracketedNames, HashSet<string> initialledPeople)
    {
        articleAcronyms = acronyms;
        articleBracketedNames = bracketedNames;
        articleInitialledPeople = initialledPeople;
    }

    private HashSet<string> articleInitialledPeople = new(StringComparer.Ordinal);

    private HashSet<string> articleBracketedNames = new(StringComparer.Ordinal);

    private Class[] Classify(Paragraph paragraph, int start, int end, int barrier)
    {
        var tokens = paragraph.Tokens;
        // One buffer per finder, grown as needed: most runs are a word or two.
        if (classBuffer.Length < end - start) classBuffer = new Class[Math.Max(16, end - start)];
        var classes = classBuffer;
        Array.Clear(classes, 0, end - start);
        guessedPlace = -1;
        var k = start;
        // Capitalised only because it opens the sentence: "Sebelumnya", "Diakui", "Menurut", "However".
        // Not after a quotation that closes on a comma ('"…," Will Davies, senior research fellow …, told'): its cue goes on.
        // (In Indonesian a copied page often capitalises the cue verb there: '"…," Ungkap Bostic'.)
        var atSentenceStart = paragraph.StartsSentence(start)
            && !(tables.IsEnglish && start >= 2 && paragraph.InQuote[start - 1] && !tokens[start - 1].IsWord && tokens[start - 2].Is(','));
        while (k < end)
        {
            var token = tokens[k];
            int n;
            string? flag;
            if (!token.IsWord) { classes[k - start] = Class.Punctuation; k++; continue; }
            if (k == barrier - 2 && tokens[k - 1].Is('(')) { classes[k - start] = Class.Acronym; k++; continue; }
            // "Wali Nagari Sungai Nanam, Syafruddin Dt. Rajo Batuah,": in Indonesian a Minangkabau customary title after the name,
            // "Dt." and the title's words, is no part of it.
            if (tables.IsIndonesian && token.Key == "dt" && k > start && classes[k - 1 - start] == Class.Name)
            {
                Fill(classes, start, k, end - k, Class.Common);
                break;
            }
            // "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim Iskandar": the last field of a list in an
            // office's name (the only run with a comma inside, FieldListEnd) is a field's word, though it is no common word.
            if (k - 2 > start && tokens[k - 1].Key is "dan" or "and" && tokens[k - 1].IsLower && HasComma(tokens, start, k - 1))
            {
                classes[k - start] = Class.Common;
                k++;
                continue;
            }
            // "Negeri Paman Sam", "Negeri Tirai Bambu", "Negeri Sakura": in Indonesian "Negeri" opening a run, no office's word
            // before it ("Pengadilan Negeri Jakarta Pusat" runs on), names a country by its epithet ([places]): a place, though the
            // sentence opens with it ("Negeri" is also a word). The name after it stays a name ("Negeri Jiran Anwar Ibrahim").
            if (k == start && tables.IsIndonesian && token.Key == "negeri" && token.IsCapitalised && (n = tables.Places.Match(tokens, k, end)) > 1)
            {
                Fill(classes, start, k, n, Class.Place);
                k += n;
                continue;
            }
            if (atSentenceStart && k == start && IsOpener(tokens, k, end))
            {
                classes[0] = Class.Opener;
                k++;
                continue;
            }
            // "Anak Agung Gede Wiratama", "IGN Jaya Negara": the words that open a Balinese name are the name's.
            if ((n = NameOpenerAt(tokens, k, end)) > 0) { Fill(classes, start, k, n, Class.Name); k += n; continue; }
            if ((n = tables.Ranks.Match(tokens, k, end)) > 0)
            {
                // "General Electric", "General Motors", "Major League Baseball": in English a rank before ordinary words alone,
                // no name among them, or before a word that closes organisations' names ("League"), opens an organisation's name.
                // (Not "Insp Church", "Commander Post": a tail alone after the rank may be a surname; "League" has a word after it.)
                if (tables.IsEnglish && n == 1 && k + 1 < end && (OrdinaryWordsOnly(tokens, k + 1, end) || k + 2 < end && tables.OrganisationTails.Contains(tokens[k + 1])))
                {
                    Fill(classes, start, k, end - k, Class.Organisation);
                    k = end;
                    continue;
                }
                Fill(classes, start, k, n, Class.Rank);
                k = NamesAfterTitle(tokens, classes, start, k + n, end);
                continue;
            }
            if (((n = tables.Roles.Match(tokens, k, end, out flag)) > 0 || tables.AliasWords.Contains(token) && (n = 1) > 0)
                // "Perairan Raja Ampat": a place's name the tables give, longer than the title its first word is, is the place.
                && tables.Places.Match(tokens, k, end) <= n)
            {
                // "the Executive Office for Immigration Review", "the Executive Committee": in English a one-word title opening the
                // run right before a word that closes organisations' names opens the name, when the run ends there or goes on
                // with "for", "of" or "on" and no other title (not "Former Police Chief John Harris", "Acting Police
                // Commissioner …", "Former Bank of England Governor Mark Carney").
                if (tables.IsEnglish && n == 1 && k == start && k + 1 < end && !token.IsModifier && tables.OrganisationTails.Contains(tokens[k + 1])
                    && (k + 2 == end || tokens[k + 2].IsLower && tokens[k + 2].Key is "for" or "of" or "on" && !HasTitleIn(tokens, k + 2, end)))
                {
                    Fill(classes, start, k, end - k, Class.Organisation);
                    k = end;
                    continue;
                }
                Fill(classes, start, k, n, Class.Role);
                k += n;
                if (flag == "place" && k < end) k += Place(tokens, classes, start, k, end, barrier);
                continue;
            }
            // "Lucien St. Pierre", "Mr. St. Pierre": in English "St." after a name's word or an honorific opens a surname, not a
            // saint's title.
            if (tables.IsEnglish && token.Key is "st" or "st." && k > start && k + 1 < end && tokens[k + 1].IsCapitalised
                && classes[k - 1 - start] is Class.Name or Class.Honorific)
            {
                Fill(classes, start, k, 1, Class.Name);
                k++;
                continue;
            }
            // "Esmond H. Tirtajasa": after a name word, an initial that is also an honorific (H. for Haji) is the middle initial.
            // "Asphirasi H. M. Tauhid Hamdi": before "M." (Muhammad) it is the honorific (Haji) after all; not in "Rahmat H. P.
            // Sitorus", "George H. W. Bush".
            // "Wakil Menteri Transportasi Korea Selatan Kang Tae-young": not a word that is also a Korean surname ("Kang", a
            // Sundanese "brother") before a Korean given name of two syllables joined by a hyphen.
            if ((n = tables.Honorifics.Match(tokens, k, end)) > 0 && k + n < end
                && !(n == 1 && token.IsInitial && k > start && classes[k - 1 - start] == Class.Name && tokens[k + 1].Text is not ("M." or "M"))
                && !(n == 1 && token.Key is "kang" or "lee" or "park" or "choi" && IsKoreanGivenName(tokens[k + 1].Text))
                // "Mohamed Haji Ali", "Abdul Rahman Haji Dahlan": inside a name "Haji" is a word of it (a patronymic's).
                && !(n == 1 && token.Key is "haji" or "hajjah" && k > start && classes[k - 1 - start] == Class.Name))
            {
                Fill(classes, start, k, n, Class.Honorific);
                k = NamesAfterTitle(tokens, classes, start, k + n, end);
                continue;
            }
            // Not "CEO Apple Tim Cook" … "Cook menyampaikan": an English given name that is also a head ("tim", a team), before
            // the last word of the run that the article uses alone as someone's name, is the given name.
            if ((n = tables.OrganisationHeads.Match(tokens, k, end)) > 0 && token.IsCapitalised
                && !(n == 1 && k + 2 == end && IsForeignGivenName(token.Key) && articleShortNames.Contains(tokens[k + 1].Key)))
            {
                // "Perusahaan pemilik kapal, Haesong Fisheries, menyampaikan …", "Kantor berita itu melaporkan …": in Indonesian a
                // head alone, capitalised as its sentence opens, before the name it describes set off by a comma or opening a
                // noun for a body of two words, is that noun, not a body the article names (not "Pemerintah", a government; not
                // "Bank sentral mengatakan", the central bank named before).
                if (tables.IsIndonesian && n == 1 && start + 1 == end && tables.OutletNouns.Match(tokens, k, tokens.Count, out var headKind) is var headWords and > 0
                    && headKind != "government" && (headWords > 1 || NameSetOffAfter(tokens, k + 1)))
                {
                    classes[0] = Class.Common;
                    k++;
                    continue;
                }
                Fill(classes, start, k, n, Class.Organisation);
                k += n;
                continue;
            }
            // "Rudi As Aturridha": in Indonesian a place of two letters is an acronym ("AS", "RI"), written in capitals; "As"
            // inside a run is a name's word (English keeps its states' short forms, "Va.", "Ga.").
            if ((n = tables.Places.Match(tokens, k, end)) > 0 && !(tables.IsIndonesian && n == 1 && token.Text.Length == 2 && !token.IsAllCaps))
            {
                Fill(classes, start, k, n, Class.Place);
                k += n;
                continue;
            }
            // "Chairman The Fed Jerome Powell": "The" inside a run opens an organisation's name.
            if (token.Key == "the" && k > start && k + 1 < end && token.IsCapitalised) { Fill(classes, start, k, 2, Class.Organisation); k += 2; continue; }
            classes[k - start] = token switch
            {
                _ when tables.OrganisationTails.Contains(token) && k > start => Class.Organisation,
                // "the Federal Aviation Administration said": in English a capitalised "Administration" closing a run of three words
                // or more is a US agency's name (a lower-case one after a name is a government's, read apart: "the Bush
                // administration"); it is no tail of the tables, so that "Mr Bush" stays a person.
                _ when tables.IsEnglish && k > start + 1 && token.Key == "administration" && token.IsCapitalised => Class.Organisation,
                // "Radio 1": the number that closes a broadcaster's name makes it an organisation's.
                _ when k > start && IsNameNumber(token.Text) && tables.NumberedNames.Contains(tokens[k - 1].Key) => Class.Organisation,
                // "Reporters Without Borders", "Doctors Against Cancer": in English a capitalised preposition inside a run is an
                // organisation's word (a person's name has none).
                _ when k > start && k + 1 < end && IsPrepositionInName(token) => Class.Organisation,
                // "the US Federal Reserve's meeting": the tail in its possessive.
                _ when k > start && token.IsPossessive && tables.OrganisationTails.Contains(OwnerKey(token)) => Class.Organisation,
                // "Germany's BdB private banks association": a place's possessive opening a run is the place (not in "Denzel
                // Washington's new film").
                _ when tables.IsEnglish && k == start && token.IsPossessive && tables.Places.Contains(OwnerKey(token)) => Class.Place,
                // "SpaceX", "YouTube", "PayPal": a capital inside a word marks a brand, not a person ("McDonald" aside).
                _ when IsCamelCase(token.Text, afterName: k > start && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalised,
                    beforeName: tables.IsEnglish && k + 1 < end && tokens[k + 1].IsCapitalised && !tokens[k + 1].IsAllCaps
                        && (tokens[k + 1].IsInitial || !tables.Common.Contains(tokens[k + 1]) && !tables.OrganisationTails.Contains(tokens[k + 1]))) => Class.Organisation,
                // "Moody's", "Sainsbury's": a firm whose name ends in 's of its own, opening the run.
                _ when k == start && tables.IsEnglish && tables.IsPossessiveName(token.Key) => Class.Organisation,
                // "Direktur Jenderal Pelayanan Kesehatan Kemenkes,": a ministry's short name ("Kemenkes", "Kemenhub", "Kemlu") is an
                // organisation's, never a person's name.
                _ when tables.IsIndonesian && !token.IsAllCaps && IsMinistryShortName(token.Key) => Class.Organisation,
                // "including Tories Ken Clarke and Sir George Young": a party's members opening a run before a given name, an
                // honorific or a rank qualify it (alone, "the Tories" is the party; "Republicans Against Trump" is a group).
                _ when tables.IsEnglish && k == start && k + 2 < end && token.Key is "tories" or "democrats" or "republicans" && tokens[k + 2].IsCapitalised
                    && (tables.IsGivenName(tokens[k + 1].Text) || tables.Honorifics.Match(tokens, k + 1, end) > 0 || tables.Ranks.Match(tokens, k + 1, end) > 0) => Class.Role,
                _ when tables.NotSpeakers.Contains(token) || IsTimeRange(token.Key) => Class.NotSpeaker,
                // "his uncle, who has Parkinson's disease": a name's possessive before a disease or a syndrome names no one.
                _ when tables.IsEnglish && token.IsPossessive && k + 1 == end && end < tokens.Count && tokens[end].IsLower
                    && tokens[end].Key is "disease" or "syndrome" or "lymphoma" => Class.NotSpeaker,
                _ when tables.NamePrefixes.Contains(token) && !token.IsAllCaps => token.IsInitial ? Class.Initial : Class.Name,
                _ when token.IsInitial => Class.Initial,
                // "Sen. R.J. Halvorsen", "J.D. Pickering": initials printed together, before the rest of the name.
                _ when k + 1 < end && IsJoinedInitials(token.Text) && tokens[k + 1].IsCapitalised && !tokens[k + 1].IsAllCaps => Class.Initial,
                // "BA's chief executive": an initialism's possessive is the organisation's, as the initialism is.
                _ when token.IsAllCaps || token.IsPossessive && token.Text[..^2].All(char.IsUpper) => Class.Acronym,
                _ when articlePlaces.Contains(token.Key) => Class.Place,
                // "Californian Thomas Slattery", "Briton Amir Khan": where the person is from, before the name.
                // "central European states": a demonym opening a run, before a name or alone, is never a person.
                // "a Vietnamese American shrimper": a demonym after another is a compound one, no one's name.
                _ when (k == start || k + 1 < end && tokens[k + 1].IsCapitalised || classes[k - 1 - start] == Class.Place && tables.Demonyms.Contains(tokens[k - 1].Key))
                    && tables.Demonyms.Contains(token.Key) => Class.Place,
                // "Spaniard Guillermo Garcia-Lopez": a noun for a person of a country, before the name (not a given name:
                // "Scot Gemmill").
                _ when k == start && k + 1 < end && tables.IsEnglish && tables.DemonymNouns.Contains(token.Key) && !tables.IsGivenName(token.Text) => Class.Place,
                // "said Al Breach": a particle that is also a given name, opening the run before an ordinary word, is the given
                // name (not in "Al Qaeda", "Al Nassr"); in English before a double-barrelled surname too ("professor of child
                // health, Al Aynsley-Green,").
                _ when k == start && k + 1 < end && token.IsCapitalised && tables.Particles.Contains(token) && tables.GivenNames.ContainsKey(token.Key)
                    && (tables.Common.Contains(tokens[k + 1]) || tables.IsEnglish && IsDoubleBarrelled(tokens[k + 1].Text)) => Class.Name,
                // Not "kata Del Piero": in Indonesian the Spanish "del" only in lower case.
                _ when tables.Particles.Contains(token) && !(tables.IsIndonesian && token.IsCapitalised && token.Key == "del") => Class.Particle,
                _ when tables.IsEnglish && ArticlePeople.IsPartyTag(token.Text) => Class.NotSpeaker,
                // "RAPBN 2026": a year is no name, nor an amount glued to its currency ("Rp15.083").
                _ when char.IsDigit(token.Text[0]) || token.Text.Length > 2 && token.Text.StartsWith("Rp", StringComparison.Ordinal) && char.IsDigit(token.Text[2]) => Class.Common,
                // "Gempur Net89", "Bank BRI Agro2": a word with a digit in it is a brand's, never a person's.
                _ when token.Text.AsSpan().IndexOfAnyInRange('0', '9') > 0 => Class.Organisation,
                // '"…," Hung, 54, said': in English a capitalised ordinary word alone, set off with an age, is a name.
                _ when tables.IsEnglish && end - start == 1 && token.IsCapitalised && (!atSentenceStart && ArticlePeople.AgeAfter(tokens, k + 1) || IsNamedSurname(tokens, k)) => Class.Name,
                _ when tables.Common.Contains(token) || token.IsLower || IsDerived(token.Key) || IsHyphenatedQualifier(token.Text) => Class.Common,
                _ => Class.Name,
            };
            k++;
        }
        // "Komisaris Besar Ahmad Ramadhan", "Theresa May", "Kuasa Hukum Gempur Net89 Agustus Pandjaitan": a month's or a
        // holiday's name after a name word, or between a title or organisation and a name word, is part of the name.
        for (k = start; k < end; k++)
        {
            if (classes[k - start] != Class.NotSpeaker || !tokens[k].IsCapitalised || tokens[k].IsAllCaps) continue;
            var before = k > start ? classes[k - 1 - start] : (Class?)null;
            var after = k + 1 < end ? classes[k + 1 - start] : (Class?)null;
            if (before is Class.Name && tokens[k - 1].IsCapitalised
                || after is Class.Name && before is Class.Role or Class.Rank or Class.Honorific or Class.Organisation or Class.Acronym)
                classes[k - start] = Class.Name;
        }
        // "the Czech Republic", "in Independence Square": a word that closes a place's name makes the name words before it the
        // place's ("Mr Square" aside).
        for (k = start + 1; k < end; k++)
            if (tokens[k].IsCapitalised && classes[k - start] is Class.Name or Class.Common && tables.PlaceTails.Contains(tokens[k].Key))
            {
                var s = k - 1;
                while (s >= start && classes[s - start] is Class.Name or Class.Common or Class.Place) s--;
                if (s >= start && classes[s - start] is Class.Honorific) continue;
                for (var p = s + 1; p <= k; p++) classes[p - start] = Class.Place;
            }
        // "Direktur Perencanaan Bisnis PIS, Wisnu Medan Santoso mengatakan": in Indonesian a run of name words set off by a
        // comma is a person's name, a city's name inside it and all.
        if (tables.IsIndonesian && start > 0 && tokens[start - 1].Is(',') && end - start >= 3 && classes[0] == Class.Name && classes[end - 1 - start] == Class.Name)
        {
            var places = 0;
            for (k = start + 1; k < end - 1; k++)
                if (classes[k - start] == Class.Place) places++;
                else if (classes[k - start] != Class.Name) { places = -1; break; }
            if (places == 1)
                for (k = start + 1; k < end - 1; k++) classes[k - start] = Class.Name;
        }
        // "Serang Barat", "Jakarta Selatan", "Nusa Tenggara Timur": a compass word makes the word before it a place.
        if (tables.IsIndonesian)
            for (k = start + 1; k < end; k++)
                if (tokens[k].IsCapitalised && tokens[k].Key is "barat" or "timur" or "utara" or "selatan" or "tengah" or "tenggara" or "laut" or "daya"
                    && classes[k - 1 - start] is Class.Name or Class.Place or Class.Common)
                {
                    classes[k - start] = Class.Place;
                    classes[k - 1 - start] = Class.Place;
                }
                // "PSKB Bogor Raya", "Jakarta Raya": "Raya" ("greater") after a place's name is the place's (not "Raya
                // Sitompul").
                else if (tokens[k].IsCapitalised && tokens[k].Key is "raya" && classes[k - 1 - start] is Class.Place) classes[k - start] = Class.Place;
        // "Analis MNC Sekuritas Aditya Rahman Hakim", "kuasa hukum terdakwa, Lukman Hakim": in Indonesian a title that is also a
        // family name ("hakim", a judge; "imam") closing the run right after a known given name or two name words is the
        // person's last name (not "AKP Budi Santoso Kapolsek setempat", a title that is no name).
        if (tables.IsIndonesian && end - start >= 2 && classes[end - 1 - start] is Class.Role && tokens[end - 1].IsCapitalised && !tokens[end - 1].IsAllCaps
            && tokens[end - 1].Key is "hakim" or "imam")
        {
            var first = end - 2;
            while (first > start && classes[first - 1 - start] is Class.Name) first--;
            if (classes[first - start] is Class.Name && (tables.IsKnownGivenName(tokens[first].Text) || end - 1 - first >= 2))
                classes[end - 1 - start] = Class.Name;
        }
        return classes;
    }

    // Two or three capitals, each with its stop ("R.J.", "J.R.R."): a person's initials, or a place's short form ("U.S.",
    // which the tables class first).
    private static bool IsJoinedInitials(string text)
    {
        // Not a place's or a body's short form ("U.K. Biobank said", "L.A. Galaxy", "U.N. officials").
        if (text.Length is not (4 or 6) || text is "U.K." or "U.N." or "E.U." or "D.C." or "L.A." or "U.S." or "N.Y." or "U.S.A.") return false;
        for (var i = 0; i < text.Length; i += 2)
            if (!char.IsAsciiLetterUpper(text[i]) || text[i + 1] != '.') return false;
        return true;
    }

    // "Komisaris Besar Ahmad Ramadhan", "Mr Short": a rank or an honorific is followed by a name, whatever its words also
    // mean. Returns where the classing goes on.
    private int NamesAfterTitle(TokenList tokens, Class[] classes, int start, int k, int end)
    {
        // "Inspektur Jenderal RZ Panca Putra Simanjuntak": two capitals before the name are its initials.
        // Not "Prof KH Asrorun Niam Sholeh": a second honorific.
        if (tables.IsIndonesian && k + 1 < end && tokens[k].IsAllCaps && tokens[k].Text.Length == 2 && !articleAcronyms.Contains(tokens[k].Key)
            && tokens[k + 1].IsCapitalised && !tokens[k + 1].IsAllCaps && tables.Honorifics.Match(tokens, k, end) == 0)
            classes[k++ - start] = Class.Initial;
        while (k < end && tokens[k].IsCapitalised && !tokens[k].IsInitial && tables.Ranks.Match(tokens, k, end) == 0 && tables.Roles.Match(tokens, k, end) == 0
            && tables.Honorifics.Match(tokens, k, end) == 0 && !tables.AliasWords.Contains(tokens[k]) && tables.Common.Contains(tokens[k]))
            classes[k++ - start] = Class.Name;
        return k;
    }

    // Whether a title of the tables stands in [from, end).
    private bool HasTitleIn(TokenList tokens, int from, int end)
    {
        for (var t = from; t < end; t++)
            if (tables.Roles.Match(tokens, t, end) > 0 || tables.Ranks.Match(tokens, t, end) > 0) return true;
        return false;
    }

    // "Without" in "Reporters Without Borders", "Against" in "Doctors Against Cancer": in English a capitalised preposition
    // that only an organisation's name holds.
    private bool IsPrepositionInName(Token token) => tables.IsEnglish && token.IsCapitalised && token.Key is "without" or "against" or "for";

    // "Aynsley-Green", "Kilroy-Silk": two capitalised words joined by a hyphen.
    private static bool IsDoubleBarrelled(string word)
    {
        var dash = word.IndexOf('-');
        return dash > 1 && dash + 2 < word.Length && char.IsUpper(word[0]) && char.IsUpper(word[dash + 1]) && word.IndexOf('-', dash + 1) < 0
            && !word.AsSpan(1, dash - 1).ContainsAnyExcept(LowerLetters) && !word.AsSpan(dash + 2).ContainsAnyExcept(LowerLetters);
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    // "Oscar-nominated", "London-based", "Labour-run": in English a capitalised word joined to a lower-case one qualifies
    // the name after it.
    private bool IsHyphenatedQualifier(string word)
    {
        var dash = word.LastIndexOf('-');
        return tables.IsEnglish && dash > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]) && !IsHyphenatedGivenName(word);
    }

    // "Tae-young", "Min-ji", "Jae-hyun": two syllables of two to five letters joined by a hyphen, the first capitalised and the
    // second in lower case (whatever English word the second makes).
    private static bool IsKoreanGivenName(string word)
    {
        var dash = word.IndexOf('-');
        if (dash is < 2 or > 5 || word.Length - dash - 1 is < 2 or > 5 || !char.IsUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
            if (i != dash && !char.IsAsciiLetterLower(word[i])) return false;
        return true;
    }

    // "Min-ji", "Jun-seo", "Mei-hua": a Korean or Chinese given name of two syllables joined by a hyphen, the second of two to
    // four lower-case letters that make no English word ("Chicago-based", "US-led", "Tunisian-born" are qualifiers).
    private bool IsHyphenatedGivenName(string word)
    {
        var dash = word.IndexOf('-');
        if (dash < 2 || dash > 4 || word.Length - dash - 1 is < 2 or > 4 || !char.IsUpper(word[0])) return false;
        var syllable = word.AsSpan(dash + 1);
        if (syllable.IndexOfAnyExceptInRange('a', 'z') >= 0) return false;
        return !tables.Common.Contains(syllable.ToString()) && syllable is not ("led" or "run" or "era" or "born" or "based" or "like" or "type" or "wide");
    }

    // A title at k, then an honorific or a known given name opening its holder's name ("Attorney General Lord Goldsmith").
    private bool HasNameAfterTitle(TokenList tokens, int k, int end)
    {
        var i = k + tables.Roles.Match(tokens, k, end);
        return i + 1 < end && (tables.Honorifics.Match(tokens, i, end) > 0 || tables.IsKnownGivenName(tokens[i].Text))
            && tokens[i + 1].IsCapitalised && tables.OrganisationHeads.Match(tokens, i + 1, end) == 0;
    }

    private static bool IsCamelCase(string word, bool afterName, bool beforeName = false)
    {
        if (word.StartsWith("Mc", StringComparison.Ordinal) || word.StartsWith("Mac", StringComparison.Ordinal)) return false;
        // "Leonardo DiCaprio", "Mark LaNeve": after a given name, a surname's particle glued to it (not "DuPont said", "DeFi").
        // "DeShawn T. Pruitt", "LaToya Jenkins": in English before a name, a given name of that shape.
        var from = (afterName || beforeName) && IsParticleSurname(word) ? 3 : 2;
        for (var i = from; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return true;
        // "BRIsyariah", "BNIsyariah": capitals, then a word in lower case glued to them.
        var caps = 0;
        while (caps < word.Length && char.IsUpper(word[caps])) caps++;
        return caps >= 3 && word.Length - caps >= 3 && word.AsSpan(caps).IndexOfAnyExceptInRange('a', 'z') < 0;
    }

    /// <summary>A word shaped like a surname with its particle glued on ("DiCaprio", "LeBlanc"), or like a brand ("DuPont").</summary>
    internal static bool IsParticleSurname(string word) =>
        word.Length >= 6 && word[..2] is "La" or "Le" or "De" or "Di" or "Da" or "Du" && char.IsUpper(word[2]) && char.IsLower(word[3]);

    private static bool AllPlaces(Class[] classes, int from, int length)
    {
        for (var k = from; k < length; k++)
            if (classes[k] != Class.Place) return false;
        return true;
    }

    // "Partai-partai", "Alternatifnya": a reduplicated or suffixed word is an ordinary word, never a name.
    private bool IsDerived(string key)
    {
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && key.AsSpan(dash + 1).StartsWith(key.AsSpan(0, Math.Min(dash, 4)), StringComparison.Ordinal)) return true;
        if (key.Length > 6 && key.EndsWith("nya", StringComparison.Ordinal)) return true;
        // "Kebudayaan", "Pembangunan", "Perindustrian": Indonesian nouns made with ke-…-an and pe-…-an name fields and
        // offices, not people.
        return tables.IsIndonesian && key.EndsWith("an", StringComparison.Ordinal) && (key.Length >= 8 && key.StartsWith("ke", StringComparison.Ordinal)
            || key.Length >= 9 && (key.StartsWith("pem", StringComparison.Ordinal) || key.StartsWith("pen", StringComparison.Ordinal) || key.StartsWith("per", StringComparison.Ordinal)));
    }

    private bool IsOpener(TokenList tokens, int k, int end)
    {
        var token = tokens[k];
        // "Lalu Hamzani (44), sopir truk …": a name's prefix that is also a sentence's opener ("lalu", then) opens a name when
        // an age follows the name.
        // (Not before a woman's given name: "Lalu Siti Aminah (40)" is "then Siti Aminah"; "Lalu" is a man's title.)
        if (tables.NamePrefixes.Contains(token) && k + 2 <= end && tokens[k + 1].IsCapitalised && ArticlePeople.AgeAfter(tokens, end)
            && tokens[k + 1].Key != "siti" && !(tables.TryGivenName(tokens[k + 1].Text, out var given) && given == Gender.Female)) return false;
        // "Do Thi Lan, who sells grilled corn …": in English a Vietnamese family name that is also a word ("Do", "Le") before the
        // middle name "Thi" or "Van" opens the name.
        if (tables.IsEnglish && k + 2 < end && tokens[k + 1].Text is "Thi" or "Van" && tokens[k + 2].IsCapitalised && token.Text.Length <= 3) return false;
        if (tables.SentenceOpeners.Match(tokens, k, end) > 0 || tables.AccordingTo.Match(tokens, k, end) > 0) return true;
        if (k + 1 == end && IsNamedSurname(tokens, k)) return false;
        // "Hinting at better times for UK exporters, NIESR said": a participle before a preposition opens a clause.
        if (tables.IsEnglish && k + 1 == end && end < tokens.Count && tokens[end].IsLower && tables.Prepositions.Contains(tokens[end])
            && token.Key.Length >= 6 && token.Key.EndsWith("ing", StringComparison.Ordinal)) return true;
        if (tables.Roles.Match(tokens, k, end) > 0 || tables.Ranks.Match(tokens, k, end) > 0 || tables.Honorifics.Match(tokens, k, end) > 0
            || tables.OrganisationHeads.Match(tokens, k, end) > 0 || tables.NamePrefixes.Contains(token)) return false;
        // "Selembar batik tulis buatannya dijual …", "Sebatang pohon …": in Indonesian "se-" ("one") before a measure word
        // opens the sentence; it is no name (not "Setiawan", "Sebayang").
        if (tables.IsIndonesian && token.Key.Length >= 6 && token.Key.StartsWith("se", StringComparison.Ordinal) && IsMeasureWord(token.Key.AsSpan(2))) return true;
        // "Subur Saroso, Kepala Seksi …" and later "kata Subur": a word the article uses alone as a name opens the name.
        // "Miles Shipside, commercial director at Rightmove, said": a given name that is also a word, before a name, opens it.
        return (tables.Common.Contains(token) || tables.CueVerbs.Match(tokens, k, end) > 0 || tables.PronounWords.Contains(token))
            && !(k + 1 < end && tokens[k + 1].IsCapitalised && (articleShortNames.Contains(token.Key) || tables.IsEnglish && tables.IsGivenName(token.Text))
                && !tables.Subordinators.Contains(token));
    }

    // The measure words that "se-" ("one") opens: "selembar", "sebatang", "sebuah", "seekor" ….
    private static bool IsMeasureWord(ReadOnlySpan<char> word) => word is "lembar" or "batang" or "buah" or "ekor" or "helai" or "butir" or "potong"
        or "bungkus" or "bidang" or "biji" or "karung" or "ikat" or "petak" or "botol" or "gelas" or "piring" or "porsi" or "paket" or "unit";

    // "Baroness Scotland", "Lord Bath": a peer's title, after which a place's name is the peer's own (not "Miss Scotland").
    private static bool IsPeerage(Token token) => token.Key is "baroness" or "lord" or "lady";

    // The number of words (one or two) of a Balinese name's opening at k ("Ni", "Anak Agung", "IGN"), with a name word after
    // them before end; "I" only before another prefix ("I Made"). Zero when there is none.
    private int NameOpenerAt(TokenList tokens, int k, int end)
    {
        if (tables.NameOpeners.Count == 0 || k + 1 >= end || !tokens[k].IsCapitalised || !tokens[k + 1].IsCapitalised) return 0;
        if (k + 2 < end && tokens[k + 2].IsCapitalised && OpensNamePair(tokens, k)) return 2;
        if (!tables.NameOpeners.Contains(tokens[k].Key)) return 0;
        return tokens[k].Text.Length > 1 || tables.NamePrefixes.Contains(tokens[k + 1]) ? 1 : 0;
    }

    // Whether the words at k and k + 1 are a name's opening of [name-openers] ("La Ode", "Ida Bagus"). The two words' key is
    // made on the stack: this is asked of every capitalised word in a run.
    private bool OpensNamePair(TokenList tokens, int k) => tables.IsNameOpenerPair(tokens[k].Key, tokens[k + 1].Key);

    // The place after a role that takes one: a known place, or one word when a name of two or more words follows it.
    private int Place(TokenList tokens, Class[] classes, int start, int k, int end, int barrier)
    {
        var limit = barrier >= 0 && barrier > k ? barrier - 3 : end;
        var n = tables.Places.Match(tokens, k, limit);
        if (n == 0 && (articlePlaces.Contains(tokens[k].Key) || tokens[k].IsAllCaps && tokens[k].Text.Length >= 3)) n = 1;
        if (n == 0 && limit - k >= 3 && !tokens[k].IsInitial && !tables.NamePrefixes.Contains(tokens[k])
            && tables.Ranks.Match(tokens, k + 1, limit) == 0 && tables.Roles.Match(tokens, k + 1, limit) == 0)
        {
            n = 1;
            guessedPlace = k; // "Presiden Heru Budi Hartono" has the same shape: the article's short forms settle it
        }
        // "Kepala Desa Sukamaju, Budi Santoso, mengatakan", "Bendesa Adat Sebudi Kaja, I Wayan Gede Sudiarta,": in Indonesian the
        // words up to a comma after a place's title, when a name of two words follows the comma, are the title's place, known
        // or not (not a given name the tables know: "Camat Budi, …").
        if (n == 0 && tables.IsIndonesian && limit == end && end - k <= 3 && end + 2 < tokens.Count && tokens[end].Is(',')
            && tokens[end + 1].IsCapitalised && tokens[end + 2].IsCapitalised && !tables.NotSpeakers.Contains(tokens[end + 1])
            // Not a list of titled people ("Kades Wiyono Sukarto, Ketua RT …"): no title after the comma.
            && tables.Roles.Match(tokens, end + 1, end + 2) == 0 && tables.Ranks.Match(tokens, end + 1, end + 2) == 0
            && !tokens[k].IsInitial && !tables.NamePrefixes.Contains(tokens[k]) && !tables.IsKnownGivenName(tokens[k].Text))
            n = end - k;
        if (n == 0) return 0;
        // "Kota Bekasi", "Kabupaten Banyumas": the place word and the place.
        Fill(classes, start, k, n, Class.Place);
        return n;
    }

    private static void Fill(Class[] classes, int start, int k, int n, Class value)
    {
        for (var j = k; j < k + n && j - start < classes.Length; j++) classes[j - start] = value;
    }

    private string RoleText(TokenList tokens, Class[] classes, int start, int roleStart, int nameStart)
    {
        var from = roleStart;
        while (from < nameStart && from >= start && classes[from - start] is Class.Opener or Class.Punctuation) from++;
        return from < nameStart ? Join(tables, tokens, from, nameStart) : Join(tables, tokens, roleStart, nameStart);
    }

    // The role words of [start, end) folded, an alias replaced by its role: "Menkeu" → "menteri keuangan".
    private string? RoleKey(TokenList tokens, int start, int end)
    {
        // "Justice Minister Cathy Jamieson", "Home Office minister": an English title's head comes last, so the phrase that
        // ends last is the role ("minister", not "justice" as in "Justice David Souter"); the longest, where two end there.
        if (tables.IsEnglish)
        {
            var (from, to) = (-1, -1);
            for (var j = start; j < end; j++)
                if (tables.Roles.Match(tokens, j, end) is var length and > 0 && j + length > to) (from, to) = (j, j + length);
            // "Shadow foreign secretary", "former chancellor": another office than the title alone.
            while (from > start && tokens[from - 1].IsModifier) from--;
            if (from >= 0) return JoinKeys(tokens, from, to);
        }
        var k = start;
        while (k < end)
        {
            // An alias of two words first: "Kepala Negara" is the president, not a "kepala".
            if (k + 1 < end && tables.TryRoleAlias(tokens[k].Key, tokens[k + 1].Key, out var pair)) return pair;
            var n = tables.Roles.Match(tokens, k, end);
            if (n > 1) return JoinKeys(tokens, k, k + n);
            // "Dirjen", "Kabid": a short form the tables also list as a role stands for the title it shortens.
            if (tables.RoleAliases.TryGetValue(tokens[k].Key, out var role)) return role;
            if (n > 0) return JoinKeys(tokens, k, k + n);
            k++;
        }
        return null;
    }

    private static string[] Words(LanguageTables tables, TokenList tokens, int start, int end, WordSet? organisationTails = null)
    {
        var count = 0;
        for (var k = start; k < end; k++)
            if (tokens[k].IsWord || IsAmpersandInName(tokens, k, start, end)) count++;
        if (count == 0) return [];
        var words = new string[count];
        var i = 0;
        for (var k = start; k < end; k++)
            if (IsAmpersandInName(tokens, k, start, end)) words[i++] = "&";
            else if (tokens[k].IsWord)
                // "PT Garuda Indonesia (Persero) Tbk": a company's tail keeps its brackets.
                words[i++] = organisationTails is not null && k > start && k + 1 < end && tokens[k - 1].Is('(') && tokens[k + 1].Is(')') && organisationTails.Contains(tokens[k])
                    ? $"({tokens[k].Text})"
                    : NameWord(tables, tokens, k, end, organisationTails)
                        // "Musicians' Union": a plural's apostrophe inside the name stays with its word.
                        + (k + 2 < end && tokens[k + 1].Text is "'" or "\u2019" && tokens[k + 2].IsWord ? tokens[k + 1].Text
                            // "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a list's comma too.
                            : IsCommaInName(tokens, k + 1, start, end) ? "," : "");
        return words;
    }

    // Token k as a word of a name: its text, without the 's of a possessive unless the 's is the name's own.
    private static string NameWord(LanguageTables tables, TokenList tokens, int k, int end, WordSet? organisationTails = null)
    {
        var text = tokens[k].Text;
        // "BBC Radio 4's Today programme": a broadcaster's number with a possessive.
        if (text.Length == 3 && IsNameNumber(text)) return text[..1];
        return NameWordLength(tables, tokens, k, end, organisationTails) == text.Length ? text : text[..^2];
    }

    // A possessive inside the name, not closing it ("Alexandria Commonwealth's Attorney's Office"), keeps its 's.
    private static int NameWordLength(LanguageTables tables, TokenList tokens, int k, int end, WordSet? organisationTails = null) =>
        tokens[k].IsPossessive && !IsOwnName(tables, tokens, k) && !(organisationTails is not null && BeforeCompanyTail(tokens, k, end, organisationTails))
            && !(tables.IsEnglish && k + 1 < end && tokens[k + 1].IsCapitalised)
            ? tokens[k].Text.Length - 2 : tokens[k].Text.Length;

    // "Moody's said", "Moody’s noted", "Sainsbury's, the grocer, …": a name ending in 's that a verb or a comma follows is
    // the name itself (a firm's), not a possessive. Only verbs of speech that cannot be nouns count ("Trump's comments",
    // "Biden's claims" are possessives): past forms and "says".
    // Indonesian has no 's: there it is always the name's own ("tulis Moody's dalam laporannya").
    // "Moody's downgraded Sony's …": a firm in the [possessive-names] table, with no capitalised word before it (not "Trevor
    // McDonald's show"), is its own name whatever follows.
    private static bool IsOwnName(LanguageTables tables, TokenList tokens, int k) =>
        !tables.IsEnglish || tables.IsPossessiveName(tokens[k].Key) && (k == 0 || !tokens[k - 1].IsCapitalised) || k + 1 < tokens.Count && (tokens[k + 1].Text is "," or "." or ")" || tokens[k + 1].IsLower
            && (tokens[k + 1].Key is "has" or "had" or "is" or "was" or "will" or "would" or "also" or "expects" or "said" or "says" or "told" or "wrote"
                || tokens[k + 1].Key.EndsWith("ed", StringComparison.Ordinal) && tables.CueVerbs.Match(tokens, k + 1, k + 2) > 0));

    // "Foster's Group": a name in 's right before the word that closes a company's name (and nothing capitalised after it)
    // is the company's own, 's and all; it is no possessive.
    private static bool BeforeCompanyTail(TokenList tokens, int k, int end, WordSet organisationTails) =>
        k + 1 < end && tokens[k + 1].IsCapitalised && organisationTails.Contains(tokens[k + 1])
        && (k + 2 >= tokens.Count || !tokens[k + 2].IsCapitalised);

    // After the possessive at k, a capitalised possessive and then an organisation's closing word end the run ("Commonwealth's
    // Attorney's Office", "State's Attorney's Office"); not a place's possessive ("Germany's Deutsche Bank").
    private bool BeforeOfficeName(TokenList tokens, int k) =>
        k + 2 < tokens.Count && !tables.Places.Contains(OwnerKey(tokens[k])) && tokens[k + 1].IsCapitalised && tokens[k + 1].IsPossessive
        && BeforeCompanyTail(tokens, k + 1, tokens.Count, tables.OrganisationTails);

    // "the Lough Neagh Fishermen's Co-operative Society": a group's possessive in an irregular plural (fishermen's, women's,
    // children's, people's) before one to three capitalised words that close on an organisation's word is inside the name.
    private bool GroupsPossessiveInName(TokenList tokens, int k)
    {
        var owner = tokens[k].Key.AsSpan(0, tokens[k].Key.Length - 2);
        if (!owner.EndsWith("men") && owner is not ("children" or "people")) return false;
        for (var t = k + 1; t < tokens.Count && t <= k + 3 && tokens[t].IsWord && tokens[t].IsCapitalised; t++)
            if (tables.OrganisationTails.Contains(tokens[t]) && (t + 1 >= tokens.Count || !tokens[t + 1].IsCapitalised)) return true;
        return false;
    }

    // Whether a few lower-case words from `at` close with a comma before a capitalised word: "pemilik kapal, Haesong Fisheries".
    private static bool NameSetOffAfter(TokenList tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && k < at + 4 && tokens[k].IsWord && tokens[k].IsLower) k++;
        return k > at && k + 1 < tokens.Count && tokens[k].Is(',') && tokens[k + 1].IsCapitalised;
    }

    // "peringkat Caa1 APLN": a credit rating on Moody's scale (Aa1 … Caa3) is no name and ends one.
    internal static bool IsCreditRating(string word) =>
        word.Length is >= 2 and <= 4 && word[^1] is '1' or '2' or '3' && word[0] is 'A' or 'B' or 'C' && word.AsSpan(1, word.Length - 2).Trim('a').IsEmpty;

    // A possessive's owner, folded for the tables: "germany" for "Germany's", "minister" for "minister's".
    internal static string OwnerKey(Token token) => LanguageTables.Key(token.Text.AsSpan(0, token.Text.Length - 2));

    internal static bool IsPossessive(string word) =>
        word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '\u2019';

    // The tokens' keys joined by single spaces, made in place: a lambda over the tokens would make every call of RoleKey
    // allocate its closure (when the method starts, whether or not it is run), and a single key is returned as it is.
    private static string JoinKeys(TokenList tokens, int start, int end)
    {
        if (end - start == 1) return tokens[start].Key;
        var length = end - start - 1;
        for (var k = start; k < end; k++) length += tokens[k].Key.Length;
        return string.Create(length, (tokens, start, end), static (text, range) =>
        {
            var at = 0;
            for (var k = range.start; k < range.end; k++)
            {
                if (k > range.start) text[at++] = ' ';
                range.tokens[k].Key.CopyTo(text[at..]);
                at += range.tokens[k].Key.Length;
            }
        });
    }

    // The name's words joined by single spaces: string.Join(' ', Words(…)), made without the array of words.
    private static string Join(LanguageTables tables, TokenList tokens, int start, int end)
    {
        var words = 0;
        var length = 0;
        var only = -1;
        for (var k = start; k < end; k++)
        {
            if (IsAmpersandInName(tokens, k, start, end)) { words++; length++; continue; }
            if (!tokens[k].IsWord) continue;
            words++;
            length += NameWordLength(tables, tokens, k, end) + (IsCommaInName(tokens, k + 1, start, end) ? 1 : 0);
            only = k;
        }
        if (words <= 1) return words == 0 ? "" : NameWord(tables, tokens, only, end);
        return string.Create(length + words - 1, (tables, tokens, start, end), static (text, run) =>
        {
            var at = 0;
            for (var k = run.start; k < run.end; k++)
                if (run.tokens[k].IsWord || IsAmpersandInName(run.tokens, k, run.start, run.end)) AppendNameWord(run.tables, run.tokens, k, run.end, text, ref at, run.start);
        });
    }

    // "Bradford & Bingley", "PT Indah Kiat Pulp & Paper Tbk": an ampersand between two words of a name is one of its words.
    private static bool IsAmpersandInName(TokenList tokens, int k, int start, int end) =>
        tokens[k].Text == "&" && k > start && k + 1 < end && tokens[k - 1].IsWord && tokens[k + 1].IsWord;

    // "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a comma between two words of a name (a list of the
    // fields in an office's name, the only run that goes on past a comma) is written in the name after its word.
    private static bool IsCommaInName(TokenList tokens, int k, int start, int end) =>
        k > start && k + 1 < end && tokens[k].Is(',') && tokens[k - 1].IsWord && tokens[k + 1].IsWord;

    // Writes token k as a word of a name at text[at..], after a space unless it is the first; moves at past it.
    private static void AppendNameWord(LanguageTables tables, TokenList tokens, int k, int end, Span<char> text, ref int at, int start)
    {
        if (at > 0) text[at++] = ' ';
        var length = NameWordLength(tables, tokens, k, end);
        tokens[k].Text.AsSpan(0, length).CopyTo(text[at..]);
        at += length;
        if (IsCommaInName(tokens, k + 1, start, end)) text[at++] = ',';
    }
}
