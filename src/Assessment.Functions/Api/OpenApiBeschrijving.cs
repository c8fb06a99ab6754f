using Assessment.Engine.Regels;
using Assessment.Toepassing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Assessment.Functions.Api;

/// <summary>
/// The OpenAPI document (<c>/api/v1/openapi.json</c>), generated once by ASP.NET Core's OpenAPI generator from
/// <see cref="ApiBeschrijving"/> in a description-only application that is built but never started, and shaped
/// by <see cref="OpenApiDocument"/> to the NLGov API Design Rules.
/// </summary>
public sealed class OpenApiBeschrijving(IAfwegingsdienst dienst)
{
    private readonly SemaphoreSlim _slot = new(1, 1);
    private byte[]? _document;

    public async Task<byte[]> DocumentAsync(CancellationToken annulering)
    {
        if (_document is { } klaar)
        {
            return klaar;
        }

        await _slot.WaitAsync(annulering);
        try
        {
            return _document ??= await MaakAsync(dienst.Regelset, annulering);
        }
        finally
        {
            _slot.Release();
        }
    }

    private static async Task<byte[]> MaakAsync(Regelset regelset, CancellationToken annulering)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var beschreven = new List<EndpointDataSource>();
        builder.Services.AddSingleton(regelset);
        // The generator reads the endpoints from DI: those described below, in this application that never listens.
        builder.Services.AddSingleton<EndpointDataSource>(_ => new CompositeEndpointDataSource(beschreven));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        builder.Services.AddOpenApi("v1", OpenApiDocument.Configureer);
        await using var app = builder.Build();
        ApiBeschrijving.Beschrijf(app);
        beschreven.AddRange(((IEndpointRouteBuilder)app).DataSources);

        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync(annulering);
        using var tekst = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(tekst));
        return System.Text.Encoding.UTF8.GetBytes(tekst.ToString());
    }
}
