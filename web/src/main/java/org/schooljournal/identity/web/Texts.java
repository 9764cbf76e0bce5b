package org.schooljournal.identity.web;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** The screens' texts in the view's language (bundle {@code texts}, Russian by default). */
public final class Texts {
    private Texts() {}

    public static String get(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "t").getString(key);
    }

    public static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "t");
    }
}
