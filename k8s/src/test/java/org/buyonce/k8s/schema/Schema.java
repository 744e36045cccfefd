package org.buyonce.k8s.schema;

import org.buyonce.k8s.render.K8sObject;

import java.util.List;

/** The API schema of some kinds: what an API server (with the operators' CRDs installed) would accept. */
interface Schema {

    boolean covers(K8sObject object);

    /** What the API server would reject in the object, one line each; empty when it is valid. */
    List<String> violations(K8sObject object);
}
