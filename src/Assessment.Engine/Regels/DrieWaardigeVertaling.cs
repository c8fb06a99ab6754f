using System.Linq.Expressions;

namespace Assessment.Engine.Regels;

/// <summary>
/// Translates a rule expression, as RulesEngine's parser (System.Linq.Dynamic.Core) reads it, into a
/// three-valued (strong Kleene) one: every value may be <em>unknown</em> (an absent or null answer), and the
/// result is <c>true</c>, <c>false</c> or <c>null</c> = undecided. Unknown propagates only where the known
/// answers cannot decide: <c>false &amp;&amp; unknown</c> is false, <c>true || unknown</c> is true, "every
/// partner …" (<c>All</c>) is false as soon as one known partner fails, "some partner …" (<c>Any</c>) is true
/// as soon as one known partner meets it. Generic: one translation for every rule, never rule by rule.
/// <para>
/// Value types become nullable (<c>int</c> → <c>int?</c>), comparisons are lifted to null, member access on an
/// unknown object is unknown, and the LINQ operators are replaced by the three-valued ones of
/// <see cref="DrieWaardigeLinq"/>. An expression that uses anything else is refused at load with the reason, so
/// a rule can never silently read an unknown answer as "no".
/// </para>
/// </summary>
internal sealed class DrieWaardigeVertaling
{
    private readonly HashSet<ParameterExpression> _nooitOnbekend;
    private readonly ParameterExpression _voorstel;
    private readonly ParameterExpression _afgeleid;
    private readonly Func<string, (decimal Min, decimal Max)?> _grenzen;

    /// <summary>The field path each lambda parameter stands for an element of (<c>g</c> → <c>gemeenten[]</c>).</summary>
    private readonly Dictionary<ParameterExpression, string> _elementVan = [];

    private DrieWaardigeVertaling(IReadOnlyList<ParameterExpression> parameters, Func<string, (decimal Min, decimal Max)?> grenzen)
    {
        _nooitOnbekend = [.. parameters];
        _voorstel = parameters[0];
        _afgeleid = parameters[1];
        _grenzen = grenzen;
    }

    /// <summary>
    /// Translates <paramref name="lichaam"/> (the parsed expression over <paramref name="parameters"/>, the inputs
    /// <c>v</c>, <c>a</c>, <c>p</c> in that order) into a three-valued expression of type <c>bool?</c> over the same
    /// inputs. <paramref name="grenzen"/> gives the range the schema allows for a numeric field (by its path, e.g.
    /// <c>gemeenten[].urgentie</c> → 1..5): a comparison with an unknown answer is decided when every value in that
    /// range gives the same outcome (an unknown Likert score is never below 1).
    /// </summary>
    /// <exception cref="RegelsetFout">The expression uses something that has no three-valued meaning.</exception>
    public static Expression VertaalExpressie(Expression lichaam, IReadOnlyList<ParameterExpression> parameters, Func<string, (decimal Min, decimal Max)?> grenzen)
    {
        var vertaald = new DrieWaardigeVertaling(parameters, grenzen).Vertaal(lichaam);
        return vertaald.Type == typeof(bool?)
            ? vertaald
            : throw new RegelsetFout($"de expressie moet waar of onwaar opleveren, maar levert {lichaam.Type.Name} op.");
    }

    /// <summary>The type an expression has after translation: value types may be unknown, so nullable.</summary>
    internal static Type Opgetild(Type type) =>
        type.IsValueType && type != typeof(void) && Nullable.GetUnderlyingType(type) is null
            ? typeof(Nullable<>).MakeGenericType(type)
            : type;

    private Expression Vertaal(Expression e)
    {
        if (IsGetal(e.Type) && e is not ParameterExpression)
        {
            // A number is worked out as a range; where it is used as a value, it is known only as a single point.
            return NaarType(Expression.Call(typeof(Bereik), nameof(Bereik.AlsWaarde), null, Getal(e)), Opgetild(e.Type));
        }

        return VertaalWaarde(e);
    }

    private Expression VertaalWaarde(Expression e) => e switch
    {
        ConstantExpression c => Constante(c),
        ParameterExpression p => p,
        MemberExpression m => Lid(m),
        UnaryExpression u => Unair(u),
        BinaryExpression b => Binair(b),
        ConditionalExpression c => Voorwaardelijk(c),
        MethodCallExpression m => Aanroep(m),
        _ => throw Onvertaalbaar(e.NodeType.ToString()),
    };

    private static ConstantExpression Constante(ConstantExpression c) =>
        c.Value is null && c.Type.IsValueType ? Expression.Constant(null, Opgetild(c.Type)) : Expression.Constant(c.Value, Opgetild(c.Type));

    private bool KanOnbekendZijn(Expression e) =>
        !(e is ParameterExpression p && _nooitOnbekend.Contains(p)) && !(e is ConstantExpression { Value: not null });

    /// <summary>Member access; on an unknown object the member is unknown too.</summary>
    private Expression Lid(MemberExpression m)
    {
        if (m.Expression is null)
        {
            return NaarOpgetild(m); // a static member: always known
        }

        if (Nullable.GetUnderlyingType(m.Expression.Type) is not null)
        {
            return m.Member.Name == nameof(Nullable<>.Value)
                ? Vertaal(m.Expression)
                : throw Onvertaalbaar($"'{m.Member.Name}' van een antwoord dat onbekend kan zijn (de engine behandelt onbekend zelf)");
        }

        var ouder = Vertaal(m.Expression);
        return MetBekend(ouder, o => NaarOpgetild(Expression.MakeMemberAccess(o, m.Member)), Opgetild(m.Type));
    }

    private Expression Unair(UnaryExpression u)
    {
        switch (u.NodeType)
        {
            case ExpressionType.Convert or ExpressionType.ConvertChecked:
                {
                    var operand = Vertaal(u.Operand);
                    var doel = Opgetild(u.Type);
                    if (operand.Type == doel)
                    {
                        return operand;
                    }

                    // Value to value: a lifted conversion keeps unknown unknown. Value to object boxes null as null.
                    return u.Method is null || Nullable.GetUnderlyingType(operand.Type) is not null
                        ? Expression.Convert(operand, doel)
                        : MetBekend(operand, o => Expression.Convert(Expression.Convert(o, u.Operand.Type, u.Method), doel), doel);
                }

            case ExpressionType.Not or ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.UnaryPlus:
                {
                    var operand = Vertaal(u.Operand);
                    return operand.Type.IsValueType
                        ? Expression.MakeUnary(u.NodeType, operand, Opgetild(u.Type), u.Method)
                        : MetBekend(operand, o => NaarOpgetild(Expression.MakeUnary(u.NodeType, o, u.Type, u.Method)), Opgetild(u.Type));
                }

            default:
                throw Onvertaalbaar(u.NodeType.ToString());
        }
    }

    private Expression Binair(BinaryExpression b)
    {
        if (b.Left is ConstantExpression { Value: null } || b.Right is ConstantExpression { Value: null })
        {
            throw Onvertaalbaar("een vergelijking met null (een onbekend antwoord behandelt de engine zelf; vergelijk met een waarde)");
        }

        if (b.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
            && IsGetal(b.Left.Type) && IsGetal(b.Right.Type))
        {
            return Expression.Call(typeof(Bereik), nameof(Bereik.Vergelijk), null, Getal(b.Left), Getal(b.Right), Expression.Constant(b.NodeType));
        }

        var links = Vertaal(b.Left);
        var rechts = Vertaal(b.Right);
        switch (b.NodeType)
        {
            case ExpressionType.AndAlso or ExpressionType.OrElse:
                return b.NodeType == ExpressionType.AndAlso ? Expression.AndAlso(links, rechts) : Expression.OrElse(links, rechts);

            case ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual:
                if (IsGetal(b.Left.Type) && IsGetal(b.Right.Type))
                {
                    // Numbers as ranges: an unknown number still lies within the schema's range, an expression over it
                    // within the range of its outcomes; decided when every value in the ranges gives the same outcome.
                    return Expression.Call(typeof(Bereik), nameof(Bereik.Vergelijk), null, Getal(b.Left), Getal(b.Right), Expression.Constant(b.NodeType));
                }

                if (links.Type.IsValueType && rechts.Type.IsValueType)
                {
                    // Lifted to null: unknown compared with anything is unknown.
                    return Expression.MakeBinary(b.NodeType, links, rechts, liftToNull: true, b.Method);
                }

                return MetBekend(links, l => MetBekend(rechts, r => NaarOpgetild(Expression.MakeBinary(b.NodeType, l, r, false, b.Method)), typeof(bool?)), typeof(bool?));

            case ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo:
                if (links.Type.IsValueType && rechts.Type.IsValueType)
                {
                    return Expression.MakeBinary(b.NodeType, links, rechts, false, b.Method);
                }

                return MetBekend(links, l => MetBekend(rechts, r => NaarOpgetild(Expression.MakeBinary(b.NodeType, l, r, false, b.Method)), Opgetild(b.Type)), Opgetild(b.Type));

            default:
                throw Onvertaalbaar(b.NodeType.ToString());
        }
    }

    /// <summary>
    /// A numeric expression as the range (<see cref="Bereik"/>) of values it can take: a known answer is a point, an
    /// unknown one the range the schema allows, and arithmetic and aggregates work on ranges.
    /// </summary>
    private Expression Getal(Expression e)
    {
        switch (e)
        {
            case ConstantExpression { Value: { } waarde }:
                return Expression.Constant(Bereik.Punt(Convert.ToDecimal(waarde, System.Globalization.CultureInfo.InvariantCulture)));
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u when IsGetal(u.Operand.Type):
                return Getal(u.Operand);
            case UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } u:
                return Expression.Call(typeof(Bereik), nameof(Bereik.Negatief), null, Getal(u.Operand));
            case UnaryExpression { NodeType: ExpressionType.UnaryPlus } u:
                return Getal(u.Operand);
            case BinaryExpression
            {
                NodeType: ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide
            } b:
                return Expression.Call(typeof(Bereik), nameof(Bereik.Reken), null, Getal(b.Left), Getal(b.Right), Expression.Constant(b.NodeType));
            case ConditionalExpression c:
                return Expression.Call(typeof(Bereik), nameof(Bereik.Kies), null, Vertaal(c.Test), Getal(c.IfTrue), Getal(c.IfFalse));
            case ParameterExpression p:
                return Expression.Call(typeof(Bereik), nameof(Bereik.Van), null, Expression.Convert(p, typeof(decimal?)), Expression.Constant(decimal.MinValue), Expression.Constant(decimal.MaxValue));
            case MethodCallExpression m when m.Method.DeclaringType == typeof(Enumerable) && LinqGetal(m) is { } aggregaat:
                return aggregaat;
            case MemberExpression m:
                {
                    var (min, max) = Grenzen(m) ?? (decimal.MinValue, decimal.MaxValue);
                    return Expression.Call(typeof(Bereik), nameof(Bereik.Van), null, Expression.Convert(Lid(m), typeof(decimal?)), Expression.Constant(min), Expression.Constant(max));
                }

            default:
                // Any other numeric expression (a method of Math, say): its value when known, otherwise any number.
                var vertaald = e switch
                {
                    MethodCallExpression m => Aanroep(m),
                    _ => throw Onvertaalbaar(e.NodeType.ToString()),
                };
                return Expression.Call(typeof(Bereik), nameof(Bereik.Van), null, Expression.Convert(vertaald, typeof(decimal?)), Expression.Constant(decimal.MinValue), Expression.Constant(decimal.MaxValue));
        }
    }

    /// <summary>Count, Sum, Min and Max as ranges; null for a LINQ method that gives no number.</summary>
    private Expression? LinqGetal(MethodCallExpression m)
    {
        var naam = m.Method.Name;
        if (naam is not ("Count" or "Sum" or "Min" or "Max"))
        {
            return null;
        }

        var bronOrigineel = m.Arguments[0];
        var element = VeldPad.ElementType(bronOrigineel.Type) ?? throw Onvertaalbaar($"{naam} op iets dat geen lijst is");
        if (naam == "Count" && m.Arguments.Count == 1 && bronOrigineel is MethodCallExpression { Method.Name: "Distinct", Method.DeclaringType: var d } distinct
            && d == typeof(Enumerable) && distinct.Arguments.Count == 1)
        {
            // The number of different values: each unknown one may equal a known one or be new.
            var waarden = Vertaal(distinct.Arguments[0]);
            return Expression.Call(typeof(Bereik), nameof(Bereik.AantalVerschillend), [element], NaarType(waarden, typeof(IEnumerable<>).MakeGenericType(element)));
        }

        var bron = NaarType(Vertaal(bronOrigineel), typeof(IEnumerable<>).MakeGenericType(element));
        ZetElementVan(m);
        var lambda = m.Arguments.Count > 1 ? Ontdoe(m.Arguments[1]) as LambdaExpression : null;
        if (naam == "Count")
        {
            return lambda is null
                ? Expression.Call(typeof(Bereik), nameof(Bereik.Aantal), [element], bron)
                : Expression.Call(typeof(Bereik), nameof(Bereik.AantalWaar), [element], bron, Predicaat(lambda, element));
        }

        // Sum, Min, Max over the elements or over a selector's numbers, each as a range.
        var parameter = lambda?.Parameters[0] ?? Expression.Parameter(element, "x");
        var lichaam = lambda?.Body ?? parameter;
        if (!IsGetal(lichaam.Type))
        {
            throw Onvertaalbaar($"{naam} over iets anders dan getallen");
        }

        var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(element, typeof(Bereik)), Getal(lichaam), parameter);
        return Expression.Call(typeof(Bereik), nameof(Bereik.Aggregaat), [element], bron, selector, Expression.Constant(naam));
    }

    private void ZetElementVan(MethodCallExpression m)
    {
        if (Pad(m.Arguments[0]) is { } bronPad)
        {
            foreach (var argument in m.Arguments.Skip(1).Select(Ontdoe).OfType<LambdaExpression>())
            {
                _elementVan[argument.Parameters[0]] = bronPad + "[]";
            }
        }
    }

    private static bool IsGetal(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double));

    /// <summary>The schema's range of the numeric input field <paramref name="e"/> reads, if it reads one.</summary>
    private (decimal Min, decimal Max)? Grenzen(Expression e) => Pad(e) is { } pad ? _grenzen(pad) : null;

    /// <summary>The field path (<c>condities.vertrouwenBestuurlijk</c>, <c>gemeenten[].urgentie</c>) a member chain reads, if any.</summary>
    private string? Pad(Expression e)
    {
        var namen = new Stack<string>();
        while (true)
        {
            switch (e)
            {
                case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u:
                    e = u.Operand;
                    continue;
                case MemberExpression { Member.Name: "Value", Expression: { } n } when Nullable.GetUnderlyingType(n.Type) is not null:
                    e = n;
                    continue;
                case MemberExpression { Expression: { } x } m when x == _afgeleid:
                    return m.Member.Name == nameof(Afgeleid.OverdragendeGemeenten) && namen.Count == 0 ? "gemeenten" : null;
                case MemberExpression { Expression: { } x } m:
                    namen.Push(VeldPad.JsonNaam(m.Member.Name));
                    e = x;
                    continue;
                case ParameterExpression p when p == _voorstel:
                    return namen.Count == 0 ? null : string.Join('.', namen);
                case ParameterExpression p when _elementVan.TryGetValue(p, out var element):
                    return namen.Count == 0 ? element : element + "." + string.Join('.', namen);
                default:
                    return null;
            }
        }
    }

    /// <summary><c>c ? x : y</c>: with c unknown, the result is known only when both branches agree.</summary>
    private Expression Voorwaardelijk(ConditionalExpression c)
    {
        var test = Vertaal(c.Test);
        var type = Opgetild(c.Type);
        var dan = NaarType(Vertaal(c.IfTrue), type);
        var anders = NaarType(Vertaal(c.IfFalse), type);
        var t = Expression.Variable(typeof(bool?), "t");
        var x = Expression.Variable(type, "x");
        var y = Expression.Variable(type, "y");
        var gelijk = Expression.Call(typeof(DrieWaardigeLinq), nameof(DrieWaardigeLinq.ZelfdeWaarde), null, Expression.Convert(x, typeof(object)), Expression.Convert(y, typeof(object)));
        return Expression.Block(
            type,
            [t, x, y],
            Expression.Assign(t, test),
            Expression.Condition(
                Expression.Equal(t, Expression.Constant(true, typeof(bool?))),
                dan,
                Expression.Condition(
                    Expression.Equal(t, Expression.Constant(false, typeof(bool?))),
                    anders,
                    Expression.Block(
                        type,
                        Expression.Assign(x, dan),
                        Expression.Assign(y, anders),
                        Expression.Condition(gelijk, x, Expression.Default(type))))));
    }

    private Expression Aanroep(MethodCallExpression m)
    {
        var methode = m.Method;
        if (methode.DeclaringType == typeof(Enumerable))
        {
            return Linq(m);
        }

        // Instance methods of strings and lists (Trim, ToLower, StartsWith, the indexer …) and static methods of
        // Math: unknown when the receiver or an argument is unknown.
        if ((methode.DeclaringType == typeof(string) || methode.DeclaringType == typeof(Math)
                || (methode.Name == "get_Item" && methode.DeclaringType is { IsGenericType: true }))
            && m.Arguments.All(a => a is not LambdaExpression && a.NodeType != ExpressionType.Quote))
        {
            var ontvanger = m.Object is null ? null : Vertaal(m.Object);
            var argumenten = m.Arguments.Select(Vertaal).ToList();
            return Bekend([.. (ontvanger is null ? [] : new[] { ontvanger }), .. argumenten], waarden =>
            {
                var o = ontvanger is null ? null : waarden[0];
                var args = waarden.Skip(ontvanger is null ? 0 : 1).Zip(methode.GetParameters(), (w, p) => NaarType(w, p.ParameterType)).ToList();
                return NaarOpgetild(Expression.Call(o is null ? null : NaarType(o, m.Object!.Type), methode, args));
            }, Opgetild(m.Type));
        }

        throw Onvertaalbaar($"de methode {methode.DeclaringType?.Name}.{methode.Name}");
    }

    /// <summary>The LINQ operators rules use, each replaced by its three-valued counterpart.</summary>
    private Expression Linq(MethodCallExpression m)
    {
        var naam = m.Method.Name;
        var bron = Vertaal(m.Arguments[0]);
        ZetElementVan(m);

        var element = VeldPad.ElementType(m.Arguments[0].Type) ?? throw Onvertaalbaar($"{naam} op iets dat geen lijst is");
        LambdaExpression? Lambda(int i) => i < m.Arguments.Count ? Ontdoe(m.Arguments[i]) as LambdaExpression : null;

        switch (naam, m.Arguments.Count)
        {
            case ("All" or "Any" or "Where", 2):
                {
                    var predicaat = Predicaat(Lambda(1)!, element);
                    var doel = naam switch
                    {
                        "All" => nameof(DrieWaardigeLinq.Alle),
                        "Any" => nameof(DrieWaardigeLinq.Enig),
                        _ => nameof(DrieWaardigeLinq.Waar),
                    };
                    return Expression.Call(typeof(DrieWaardigeLinq), doel, [element], NaarType(bron, typeof(IEnumerable<>).MakeGenericType(element)), predicaat);
                }

            case ("Any" or "Distinct", 1):
                {
                    var doel = naam == "Any" ? nameof(DrieWaardigeLinq.NietLeeg) : nameof(DrieWaardigeLinq.Verschillend);
                    return Expression.Call(typeof(DrieWaardigeLinq), doel, [element], NaarType(bron, typeof(IEnumerable<>).MakeGenericType(element)));
                }

            case ("Contains", 2):
                {
                    var waarde = Vertaal(m.Arguments[1]);
                    return Expression.Call(typeof(DrieWaardigeLinq), nameof(DrieWaardigeLinq.Bevat), [element],
                        NaarType(bron, typeof(IEnumerable<>).MakeGenericType(element)), Expression.Convert(waarde, typeof(object)));
                }

            case ("Select", 2):
                {
                    var selector = Lambda(1)!;
                    var lichaam = Vertaal(selector.Body);
                    var functie = Expression.Lambda(lichaam, selector.Parameters);
                    return Expression.Call(typeof(DrieWaardigeLinq), nameof(DrieWaardigeLinq.Selecteer), [element, lichaam.Type],
                        NaarType(bron, typeof(IEnumerable<>).MakeGenericType(element)), functie);
                }

            default:
                throw Onvertaalbaar($"de LINQ-methode {naam}");
        }
    }

    /// <summary>A predicate over list elements, translated: element → true, false or unknown.</summary>
    private LambdaExpression Predicaat(LambdaExpression predicaat, Type element)
    {
        var lichaam = Vertaal(predicaat.Body);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(element, typeof(bool?)), NaarType(lichaam, typeof(bool?)), predicaat.Parameters);
    }

    /// <summary>
    /// <paramref name="maak"/>(the value of <paramref name="e"/>) when it is known, otherwise unknown
    /// (<c>default</c> of <paramref name="type"/>). <paramref name="e"/> is evaluated once.
    /// </summary>
    private Expression MetBekend(Expression e, Func<Expression, Expression> maak, Type type)
    {
        if (!KanOnbekendZijn(e) || (e.Type.IsValueType && Nullable.GetUnderlyingType(e.Type) is null))
        {
            return NaarType(maak(e), type);
        }

        var tijdelijk = Expression.Variable(e.Type, "w");
        var bekend = Nullable.GetUnderlyingType(e.Type) is { } onderliggend ? Expression.Convert(tijdelijk, onderliggend) : (Expression)tijdelijk;
        return Expression.Block(
            type,
            [tijdelijk],
            Expression.Assign(tijdelijk, e),
            Expression.Condition(
                Expression.Equal(tijdelijk, Expression.Constant(null, e.Type)),
                Expression.Default(type),
                NaarType(maak(bekend), type)));
    }

    /// <summary><see cref="MetBekend"/> for several values at once.</summary>
    private Expression Bekend(IReadOnlyList<Expression> waarden, Func<IReadOnlyList<Expression>, Expression> maak, Type type)
    {
        Expression Stap(int i, List<Expression> gebonden) =>
            i == waarden.Count
                ? maak(gebonden)
                : MetBekend(waarden[i], w => Stap(i + 1, [.. gebonden, w]), type);

        return Stap(0, []);
    }

    private static Expression NaarOpgetild(Expression e) => NaarType(e, Opgetild(e.Type));

    private static Expression NaarType(Expression e, Type type) => e.Type == type ? e : Expression.Convert(e, type);

    private static Expression Ontdoe(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Quote } q ? q.Operand : e;

    private static RegelsetFout Onvertaalbaar(string wat) =>
        new($"de expressie gebruikt {wat}; dat kan de engine niet drie-waardig (met onbekende antwoorden) evalueren. "
            + "Gebruik vergelijkingen, &&, ||, !, en All, Any, Contains, Count, Where, Select, Distinct, Min, Max of Sum.");
}
