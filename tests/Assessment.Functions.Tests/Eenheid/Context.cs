using System.Text;
using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Storage;
using Assessment.Toepassing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Functions.Tests.Eenheid;

/// <summary>What the unit tests of the function classes share: an HTTP request in memory, a real assessment to return from a mock, and the answer read back.</summary>
internal static class Context
{
    private static readonly Lazy<(Afweging Afweging, Voorstel Voorstel)> Voorbeeld = new(() =>
    {
        var dienst = Afwegingsdienst.ZonderOpslag(Engine.Regels.RegelsetLader.LaadStandaard());
        var voorstel = dienst.Lees(Encoding.UTF8.GetBytes(Werker.Voorbeeld("bar.json"))).Voorstel!;
        return (dienst.Beoordeel(voorstel, metAdvies: false), voorstel);
    });

    private static readonly IServiceProvider Diensten = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    public static OpgeslagenAfweging Opgeslagen => new(Voorbeeld.Value.Afweging, Voorbeeld.Value.Voorstel);

    public static DefaultHttpContext Verzoek(string methode, string pad, string? inhoud = null, string contentType = "application/json")
    {
        var http = new DefaultHttpContext { RequestServices = Diensten };
        http.Request.Method = methode;
        var (padDeel, query) = pad.Contains('?', StringComparison.Ordinal) ? (pad[..pad.IndexOf('?', StringComparison.Ordinal)], pad[pad.IndexOf('?', StringComparison.Ordinal)..]) : (pad, "");
        http.Request.Path = padDeel;
        http.Request.QueryString = new QueryString(query);
        if (inhoud is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(inhoud);
            http.Request.Body = new MemoryStream(bytes);
            http.Request.ContentLength = bytes.Length;
            http.Request.ContentType = contentType;
        }

        http.Response.Body = new MemoryStream();
        return http;
    }

    /// <summary>Executes a function's result against the request, as the edge does, and reads the status and body back.</summary>
    public static async Task<(int Status, string Inhoud)> AntwoordAsync(IActionResult resultaat, HttpContext http)
    {
        await resultaat.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return Gelezen(http);
    }

    public static (int Status, string Inhoud) Gelezen(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, new StreamReader(http.Response.Body).ReadToEnd());
    }

    public static JsonNode Json(string inhoud) => JsonNode.Parse(inhoud)!;
}
