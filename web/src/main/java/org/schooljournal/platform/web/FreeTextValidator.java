package org.schooljournal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import org.omnifaces.util.Components;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.FreeText;

/**
 * Every text typed on a screen (reasons, comments, messages, topics) is refused with a message in
 * the user's language when it holds a control or bidi-override character ({@link FreeText}, R-A03),
 * as the API refuses it with a 400 problem. A default validator (faces-config.xml): it checks every
 * input without being named on each.
 */
@FacesValidator(FreeTextValidator.ID)
public class FreeTextValidator implements Validator<Object> {
    public static final String ID = "journal.freeText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        String character = FreeText.forbiddenCharacter(text);
        if (character != null) {
            String label = Components.getLabel(component);
            String message = MessageFormat.format(Texts.get("problem.text.forbidden"), character);
            throw new ValidatorException(
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            label == null || label.isBlank() ? message : label + ": " + message,
                            null));
        }
    }
}
