import { graphql } from './generated';

// All GraphQL operations of the web app live here, so codegen has one place to look
// and the app imports typed documents by name.

export const UserFieldsFragmentDoc = graphql(`
  fragment UserFields on User {
    id
    email
    displayName
    role
    organisation
    level
    createdAt
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        ...UserFields
      }
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        ...UserFields
      }
    }
  }
`);

export const RefreshTokenDocument = graphql(`
  mutation RefreshToken {
    refreshToken {
      accessToken
      user {
        ...UserFields
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);

export const LevelsDocument = graphql(`
  query Levels {
    levels {
      id
      number
      name
      description
    }
  }
`);

export const LearningPathDocument = graphql(`
  query LearningPath {
    levels {
      id
      number
      name
      description
    }
    qualifications {
      id
      code
      degree
      number
      text
    }
  }
`);
