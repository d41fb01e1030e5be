package dev.rustmem.diag;

/**
 * rustc error codes rustmem reports, each with rustc's title. A diagnostic without a code (a parse
 * error, "not supported yet") carries none.
 */
public enum Code {
    E0072("recursive type has infinite size"),
    E0073("cannot create values of a recursive type"),
    E0081("discriminant value assigned more than once"),
    E0084("unsupported representation for zero-variant enum"),
    E0107("wrong number of generic arguments"),
    E0109("type arguments are not allowed on this type"),
    E0081_OVERFLOW("enum discriminant overflowed"),
    E0121("the placeholder `_` is not allowed within types on item signatures"),
    E0204("the trait `Copy` cannot be implemented for this type"),
    E0277("the trait bound is not satisfied"),
    E0308("mismatched types"),
    E0370("enum discriminant overflowed"),
    E0391("cycle detected"),
    E0404("expected trait, found something else"),
    E0405("cannot find trait"),
    E0411("cannot find type `Self` in this scope"),
    E0412("cannot find type in this scope"),
    E0425("cannot find value in this scope"),
    E0428("the name is defined multiple times"),
    E0432("unresolved import"),
    E0433("failed to resolve"),
    E0517("attribute should be applied to a specific kind of item"),
    E0552("unrecognized representation hint"),
    E0576("cannot find associated type"),
    E0573("expected type, found something else"),
    E0599("no associated item found"),
    E0634("type has conflicting packed representation hints"),
    E0562("`impl Trait` is not allowed outside of function and method signatures"),
    E0565("literal in a meta item"),
    E0566("conflicting representation hints"),
    E0587("type has conflicting packed and align representation hints"),
    E0588("packed type cannot transitively contain a `#[repr(align)]` type"),
    E0589("invalid `repr(align)` attribute"),
    E0590("`break` or `continue` with no label in the condition of a `while` loop"),
    E0600("cannot apply unary operator"),
    E0658("use of unstable feature"),
    E0690("transparent struct has more than one non-zero-sized field"),
    E0691("zero-sized field in transparent struct has alignment larger than 1"),
    E0692("transparent type has another representation hint"),
    E0693("incorrect `repr(align)` attribute format"),
    E0731("transparent enum needs exactly one variant"),
    E0732("`#[repr(inttype)]` must be specified for enums with explicit discriminants and non-unit variants"),
    E0747("generic arguments in the wrong order or of the wrong kind"),
    E0782("expected a type, found a trait"),
    E0586("inclusive range with no end"),
    E0744("an unsupported expression was used inside a const context"),
    E0748("unterminated raw string"),
    E0758("unterminated block comment"),
    E0762("unterminated character literal"),
    E0763("unterminated byte constant"),
    E0765("unterminated double quote string"),
    E0766("unterminated double quote byte string"),
    E0080("evaluation of constant value failed"),
    E0081_DUP("discriminant value assigned more than once");

    private final String title;

    Code(String title) {
        this.title = title;
    }

    /** The code as printed in {@code error[E0072]}. */
    public String id() {
        String n = name();
        int u = n.indexOf('_');
        return u < 0 ? n : n.substring(0, u);
    }

    public String title() {
        return title;
    }
}
