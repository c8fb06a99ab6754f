using Assessment.Functiehost.Werker;
using Microsoft.AspNetCore.Routing.Template;

namespace Assessment.Functiehost.Http;

/// <summary>
/// The HTTP functions' routes (host.json's route prefix + each trigger's route), most specific first, as the
/// Functions host matches them: the first route whose template and method fit takes the request.
/// </summary>
public sealed class Routetabel
{
    private readonly List<(Functie Functie, TemplateMatcher Matcher, HashSet<string> Methoden, decimal Voorrang)> _routes = [];

    public Routetabel(IEnumerable<Functie> functies, string routePrefix)
    {
        foreach (var functie in functies.Where(f => f.TriggerType.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase)))
        {
            var route = functie.Eigenschap("route") ?? functie.Naam;
            var sjabloon = TemplateParser.Parse(string.IsNullOrEmpty(routePrefix) ? route : $"{routePrefix}/{route}");
            var methoden = (functie.Trigger!["methods"]?.AsArray().Select(m => m!.ToString().ToUpperInvariant()) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            _routes.Add((functie, new TemplateMatcher(sjabloon, new RouteValueDictionary()), methoden, RoutePrecedence.ComputeInbound(sjabloon)));
        }

        _routes.Sort((a, b) => a.Voorrang.CompareTo(b.Voorrang));
    }

    public IEnumerable<Functie> Functies => _routes.Select(r => r.Functie);

    /// <summary>The function for this method and path, with its route values; null when none fits (the host answers 404).</summary>
    public (Functie Functie, RouteValueDictionary Waarden)? Zoek(string methode, PathString pad)
    {
        foreach (var (functie, matcher, methoden, _) in _routes)
        {
            var waarden = new RouteValueDictionary();
            if ((methoden.Count == 0 || methoden.Contains(methode)) && matcher.TryMatch(pad, waarden))
            {
                return (functie, waarden);
            }
        }

        return null;
    }
}
