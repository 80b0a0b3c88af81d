using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Speakers;

/// <summary>Every person quoted in the library, most quoted first; the forms of one person's name count as one.</summary>
public sealed class IndexModel(NewsReaderDb db, LibraryCache cache) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<SpeakerQueries.SpeakerRow> Speakers { get; private set; } = [];
    public string? Filter { get; private set; }
    public int PageNumber { get; private set; }
    public int Matching { get; private set; }
    public bool HasMore => PageNumber * PageSize < Matching;

    public async Task OnGetAsync(string? name, int? page, CancellationToken cancellationToken)
    {
        var directory = await SpeakerQueries.DirectoryAsync(cache, db, cancellationToken);
        var all = await cache.GetAsync("speakers", () => SpeakerQueries.ListAsync(db, directory, cancellationToken));
        Filter = string.IsNullOrWhiteSpace(name) ? null : name.Trim()[..Math.Min(name.Trim().Length, 200)];
        var matching = Filter is null ? all : all.Where(s => s.Name.Contains(Filter, StringComparison.OrdinalIgnoreCase)).ToList();
        Matching = matching.Count;
        PageNumber = Math.Clamp(page ?? 1, 1, Math.Max(1, (Matching + PageSize - 1) / PageSize));
        Speakers = matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public string PageLink(int page) => "/speakers?" + (Filter is null ? "" : $"name={Uri.EscapeDataString(Filter)}&") + $"page={page}";
}
