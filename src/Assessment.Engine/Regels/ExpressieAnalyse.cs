using System.Linq.Expressions;
using System.Reflection;
using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Regels;

/// <summary>
/// Reads a parsed rule expression and lists the input fields it touches as JSON paths
/// (<c>v.Condities.Gideonsbende.Aanwezig</c> → <c>condities.gideonsbende.aanwezig</c>; inside
/// <c>v.Gemeenten.All(g => g.Urgentie ...)</c>, <c>g.Urgentie</c> → <c>gemeenten[].urgentie</c>), plus the
/// fields a derived fact <c>a.*</c> reads and the parameters <c>p.*</c> it uses. The loader compares this
/// with what the rule declares, so a rule can never read an unknown answer unnoticed.
/// </summary>
internal sealed class ExpressieAnalyse : ExpressionVisitor
{
    private static readonly string DomeinNamespace = typeof(Voorstel).Namespace!;
    private readonly ParameterExpression _voorstel;
    private readonly ParameterExpression _afgeleid;
    private readonly ParameterExpression _parameters;
    private readonly Dictionary<ParameterExpression, string> _lambdaPrefix = [];

    private ExpressieAnalyse(ParameterExpression voorstel, ParameterExpression afgeleid, ParameterExpression parameters)
    {
        _voorstel = voorstel;
        _afgeleid = afgeleid;
        _parameters = parameters;
    }

    public SortedSet<string> Velden { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> GebruikteParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>The derived facts (<c>a.*</c>) the expression reads, by member name.</summary>
    public SortedSet<string> Afgeleiden { get; } = new(StringComparer.Ordinal);

    /// <summary>How the expression depends on the form of cooperation (directly or through a derived fact).</summary>
    public Vormafhankelijkheid Vormafhankelijkheid =>
        _vormViaAfgeleid
        | (Velden.Contains("samenwerking.vorm") ? Vormafhankelijkheid.Vorm : Vormafhankelijkheid.Geen)
        | (Velden.Contains("samenwerking.gastgemeente") ? Vormafhankelijkheid.Centrumgemeente : Vormafhankelijkheid.Geen);

    private Vormafhankelijkheid _vormViaAfgeleid;

    public static ExpressieAnalyse Analyseer(Expression expressie, ParameterExpression v, ParameterExpression a, ParameterExpression p)
    {
        var analyse = new ExpressieAnalyse(v, a, p);
        analyse.Visit(expressie);
        return analyse;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        // Enumerable.X(source, g => ...): the lambda's parameter stands for an element of source.
        if (node.Method.DeclaringType == typeof(Enumerable) && node.Arguments.Count >= 2
            && node.Arguments[0] is var bron && Keten(bron) is { } bronPad)
        {
            foreach (var argument in node.Arguments.Skip(1))
            {
                if (Ontdoe(argument) is LambdaExpression lambda && lambda.Parameters.Count >= 1)
                {
                    _lambdaPrefix[lambda.Parameters[0]] = bronPad + "[]";
                }
            }
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression == _parameters)
        {
            GebruikteParameters.Add(node.Member.Name);
            return node;
        }

        if (node.Expression == _afgeleid)
        {
            Afgeleiden.Add(node.Member.Name);
        }

        if (node.Expression == _afgeleid && node.Member.Name != nameof(Afgeleid.OverdragendeGemeenten))
        {
            _vormViaAfgeleid |= node.Member.GetCustomAttribute<HangtAfVanVormAttribute>()?.Afhankelijkheid ?? Vormafhankelijkheid.Geen;
            if (node.Member.GetCustomAttribute<LeestAttribute>() is { } leest)
            {
                foreach (var veld in leest.Velden)
                {
                    Velden.Add(veld);
                }
            }

            return node;
        }

        if (Keten(node) is { } pad)
        {
            Velden.Add(pad);
            return node;
        }

        return base.VisitMember(node);
    }

    /// <summary>The JSON path of a member chain over the input model, or null when it is not one.</summary>
    private string? Keten(Expression expressie)
    {
        var namen = new Stack<string>();
        var huidig = expressie;
        while (true)
        {
            switch (huidig)
            {
                case MemberExpression { Member.Name: nameof(Afgeleid.OverdragendeGemeenten) } overdragend when overdragend.Expression == _afgeleid:
                    _vormViaAfgeleid |= Vormafhankelijkheid.Centrumgemeente;
                    return namen.Count == 0 ? VeldPad.Overdragend : VeldPad.Overdragend + "." + string.Join('.', namen);
                case MemberExpression { Member: PropertyInfo eigenschap } lid
                    when eigenschap.DeclaringType?.Namespace == DomeinNamespace:
                    namen.Push(VeldPad.JsonNaam(eigenschap.Name));
                    huidig = lid.Expression!;
                    continue;
                case MemberExpression { Member.DeclaringType.IsGenericType: true } nullable
                    when nullable.Member.DeclaringType.GetGenericTypeDefinition() == typeof(Nullable<>):
                    huidig = nullable.Expression!;
                    continue;
                case MethodCallExpression { Method.DeclaringType: var t, Arguments.Count: >= 1 } aanroep
                    when t == typeof(Enumerable) && namen.Count == 0
                        && VeldPad.ElementType(aanroep.Type) is { } element && element == VeldPad.ElementType(aanroep.Arguments[0].Type):
                    // Where/OrderBy/Distinct keep the elements of their source.
                    huidig = aanroep.Arguments[0];
                    continue;
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } omzetting:
                    huidig = omzetting.Operand;
                    continue;
                case ParameterExpression parameter when parameter == _voorstel:
                    return namen.Count == 0 ? null : string.Join('.', namen);
                case ParameterExpression parameter when _lambdaPrefix.TryGetValue(parameter, out var prefix):
                    return namen.Count == 0 ? prefix : prefix + "." + string.Join('.', namen);
                default:
                    return null;
            }
        }
    }

    private static Expression Ontdoe(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Quote } q ? q.Operand : e;
}
