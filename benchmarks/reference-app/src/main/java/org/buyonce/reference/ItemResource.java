package org.buyonce.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** The same row read with a bearer token (verified by SmallRye JWT, as BuyOnce does) and without authentication. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @GET
    @Path("items/{id}")
    @RolesAllowed("viewer")
    public Item read(@PathParam("id") UUID id) {
        return find(id);
    }

    @GET
    @Path("open/items/{id}")
    @PermitAll
    public Item readOpen(@PathParam("id") UUID id) {
        return find(id);
    }

    private static Item find(UUID id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }
}
