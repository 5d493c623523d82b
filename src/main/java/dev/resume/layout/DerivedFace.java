package dev.resume.layout;

/**
 * A face made from another (its synthesised bold or italic, its small capitals, capitals standing
 * in for them): the other face's characters, metrics and style, unless it says otherwise.
 */
public interface DerivedFace extends Face {

    /** The face this one is made from. */
    Face base();

    @Override
    default boolean canDisplay(int codePoint) {
        return base().canDisplay(codePoint);
    }

    @Override
    default float ascent(float size) {
        return base().ascent(size);
    }

    @Override
    default float descent(float size) {
        return base().descent(size);
    }

    @Override
    default boolean isBold() {
        return base().isBold();
    }

    @Override
    default boolean isItalic() {
        return base().isItalic();
    }
}
