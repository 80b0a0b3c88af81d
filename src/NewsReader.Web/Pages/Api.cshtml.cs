using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NewsReader.Web.Api;

namespace NewsReader.Web.Pages;

/// <summary>The read API's OpenAPI document (<c>/openapi/v1.json</c>) as a page: each endpoint, its parameters and its answers.</summary>
public sealed class ApiModel(IServiceProvider services) : PageModel
{
    public sealed record Parameter(string Name, string In, bool Required, string Type, string? Description);

    public sealed record Answer(string Status, string? Description, IReadOnlyList<string> ContentTypes);

    public sealed record Operation(string Method, string Path, string? Id, string? Summary, string? Description,
        IReadOnlyList<Parameter> Parameters, IReadOnlyList<Answer> Responses)
    {
        /// <summary>The operation's fragment on this page.</summary>
        public string Anchor => "op-" + (Id ?? Method + Path).Replace('/', '-').Replace('{', '-').Replace('}', '-').ToLowerInvariant();
    }

    public string? Title { get; private set; }
    public string? Description { get; private set; }
    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ReadApi.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        Title = document.Info?.Title;
        Description = document.Info?.Description;
        Operations = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => new Operation(op.Key.Method, path.Key, op.Value.OperationId,
                op.Value.Summary, op.Value.Description,
                (op.Value.Parameters ?? []).Select(p => new Parameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required,
                    TypeName(p.Schema), p.Description)).ToList(),
                (op.Value.Responses ?? []).Select(r => new Answer(r.Key, r.Value.Description, (r.Value.Content?.Keys ?? []).ToList())).ToList())))
            .ToList();
    }

    private static string TypeName(IOpenApiSchema? schema)
    {
        if (schema?.Type is not { } type) return schema?.OneOf is { Count: > 0 } ? string.Join(" or ", schema.OneOf.Select(TypeName)) : "any";
        var names = Enum.GetValues<JsonSchemaType>().Where(t => t != JsonSchemaType.Null && type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant());
        var name = string.Join(" or ", names);
        return schema.Format is { } format ? $"{name} ({format})" : name;
    }
}
