import { graphql } from '../../gql';

export const ME = graphql(`
  query Me {
    me {
      id
      name
      email
      roles
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      name
      email
      roles
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
